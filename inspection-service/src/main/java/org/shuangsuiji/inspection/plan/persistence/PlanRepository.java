package org.shuangsuiji.inspection.plan.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The plain lookups of the {@code plans} collection. */
public interface PlanRepository extends MongoRepository<PlanDocument, String> {

}
