package org.shuangsuiji.inspection.plan.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanRepository extends MongoRepository<PlanDocument, String> {

}
