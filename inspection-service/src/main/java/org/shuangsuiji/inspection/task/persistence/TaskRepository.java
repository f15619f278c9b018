package org.shuangsuiji.inspection.task.persistence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The plain lookups of the {@code tasks} collection. */
public interface TaskRepository extends MongoRepository<TaskDocument, String> {

	List<TaskDocument> findByPlanIdOrderByIdAsc(String planId);

	List<TaskDocument> findByAgencyIdOrderByYearDesc(String agencyId);

	List<TaskDocument> findByYearAndAgencyIdInAndStatusNot(int year, Collection<String> agencyIds, String status);

}
