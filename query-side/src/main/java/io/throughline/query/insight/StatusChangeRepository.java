package io.throughline.query.insight;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusChangeRepository extends JpaRepository<StatusChange, StatusChange.Key> {
}
