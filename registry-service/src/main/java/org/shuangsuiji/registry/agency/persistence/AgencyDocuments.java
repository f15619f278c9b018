package org.shuangsuiji.registry.agency.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The plain lookups of {@code agencies}, derived by Spring Data from their names. */
interface AgencyDocuments extends Repository<AgencyDocument, String> {

	Optional<AgencyDocument> findById(String id);

	Optional<AgencyDocument> findByCreditCode(String creditCode);

	List<AgencyDocument> findByCreditCodeIn(Collection<String> creditCodes);

	List<AgencyDocument> findByIdIn(Collection<String> ids);

}
