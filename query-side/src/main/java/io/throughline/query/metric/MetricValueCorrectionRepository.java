package io.throughline.query.metric;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MetricValueCorrectionRepository
        extends JpaRepository<MetricValueCorrection, MetricValueCorrection.Key> {
}
