package org.shuangsuiji.registry.appraiser.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The plain lookups of {@code appraisers}, derived by Spring Data from their names. */
interface AppraiserDocuments extends Repository<AppraiserDocument, String> {

	Optional<AppraiserDocument> findById(String id);

	Optional<AppraiserDocument> findByCertificateNo(String certificateNo);

	List<AppraiserDocument> findByCertificateNoIn(Collection<String> certificateNos);

	List<AppraiserDocument> findByAgencyIdOrderByNameAscCertificateNoAsc(String agencyId);

	List<AppraiserDocument> findByAgencyIdIn(Collection<String> agencyIds);

}
