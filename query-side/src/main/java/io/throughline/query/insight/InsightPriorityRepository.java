package io.throughline.query.insight;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InsightPriorityRepository extends JpaRepository<InsightPriority, String> {
}
