package io.throughline.query.integrity;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface EventHashRepository extends JpaRepository<EventHash, Long> {

    Optional<EventHash> findFirstByOrderByGlobalSequenceDesc();

    Optional<EventHash> findFirstByGlobalSequenceLessThanOrderByGlobalSequenceDesc(long globalSequence);

    List<EventHash> findByGlobalSequenceGreaterThanOrderByGlobalSequenceAsc(long globalSequence, Limit limit);

    /** The same rows as plain values: a walk over the whole chain keeps none of them in the persistence context. */
    List<Link> findLinksByGlobalSequenceGreaterThanOrderByGlobalSequenceAsc(long globalSequence, Limit limit);

    record Link(long globalSequence, String hash) {
    }
}
