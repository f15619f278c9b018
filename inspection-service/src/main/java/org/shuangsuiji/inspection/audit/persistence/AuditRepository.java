package org.shuangsuiji.inspection.audit.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The plain lookups of the {@code audit} collection. */
public interface AuditRepository extends MongoRepository<AuditDocument, Long> {

	Optional<AuditDocument> findFirstByOrderBySeqDesc();

	List<AuditDocument> findBySeqGreaterThanOrderBySeqAsc(long seq, Limit limit);

}
