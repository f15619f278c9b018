package org.shuangsuiji.registry.appraiser.persistence;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.appraiser.Appraiser;
import org.shuangsuiji.registry.appraiser.AppraiserStatus;
import org.shuangsuiji.registry.appraiser.AppraiserStore;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.input.Text;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@code appraisers} collection. */
@Repository
public class MongoAppraiserStore implements AppraiserStore {

	private final MongoTemplate mongo;

	private final AppraiserDocuments documents;

	MongoAppraiserStore(MongoTemplate mongo, AppraiserDocuments documents) {
		this.mongo = mongo;
		this.documents = documents;
	}

	public void createIndexes() {
		var ops = this.mongo.indexOps(AppraiserDocument.class);
		ops.createIndex(new Index("certificateNo", Sort.Direction.ASC).unique().named("certificateNo_unique"));
		ops.createIndex(new Index("agencyId", Sort.Direction.ASC).named("agencyId"));
		ops.createIndex(new Index("regionCode", Sort.Direction.ASC).named("regionCode"));
	}

	@Override
	public Optional<Appraiser> find(String id) {
		return this.documents.findById(id).map(MongoAppraiserStore::toDomain);
	}

	@Override
	public Optional<Appraiser> findByCertificateNo(String certificateNo) {
		return this.documents.findByCertificateNo(certificateNo).map(MongoAppraiserStore::toDomain);
	}

	@Override
	public List<Appraiser> findByCertificateNos(Collection<String> certificateNos) {
		return this.documents.findByCertificateNoIn(certificateNos)
			.stream()
			.map(MongoAppraiserStore::toDomain)
			.toList();
	}

	@Override
	public List<Appraiser> ofAgency(String agencyId) {
		return this.documents.findByAgencyIdOrderByNameAscCertificateNoAsc(agencyId)
			.stream()
			.map(MongoAppraiserStore::toDomain)
			.toList();
	}

	@Override
	public List<Appraiser> ofAgencies(Collection<String> agencyIds) {
		return this.documents.findByAgencyIdIn(agencyIds).stream().map(MongoAppraiserStore::toDomain).toList();
	}

	/** Appraisers of a region subtree, optionally of one agency, name part and status. */
	@Override
	public Page<Appraiser> search(RegionCode region, String agencyId, String name, AppraiserStatus status,
			PageRequest page) {
		Criteria criteria = Criteria.where("regionCode").regex("^" + region.prefix());
		if (agencyId != null) {
			criteria = criteria.and("agencyId").is(agencyId);
		}
		if (name != null) {
			criteria = criteria.and("name").regex(Text.literalPattern(name), "i");
		}
		if (status != null) {
			criteria = criteria.and("status").is(status.name());
		}
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, AppraiserDocument.class);
		query.skip(page.offset()).limit(page.size()).with(Sort.by("name", "certificateNo"));
		return Page.of(
				this.mongo.find(query, AppraiserDocument.class).stream().map(MongoAppraiserStore::toDomain).toList(),
				page, total);
	}

	/**
	 * Appraisers of the region subtree, or of every region when {@code region} is
	 * {@code null}.
	 */
	@Override
	public List<Appraiser> inRegionSubtree(RegionCode region) {
		return this.mongo
			.find(Query
				.query((region != null) ? Criteria.where("regionCode").regex("^" + region.prefix()) : new Criteria())
				.with(Sort.by("certificateNo")), AppraiserDocument.class)
			.stream()
			.map(MongoAppraiserStore::toDomain)
			.toList();
	}

	@Override
	public Appraiser save(Appraiser appraiser) {
		return toDomain(this.mongo.save(toDocument(appraiser)));
	}

	/** Inserts new appraisers in one bulk write (demo data, benchmarks). */
	@Override
	public void insertAll(List<Appraiser> list) {
		this.mongo.insert(list.stream().map(MongoAppraiserStore::toDocument).toList(), AppraiserDocument.class);
	}

	/** Keeps the agency's region on its appraisers when the agency moves. */
	@Override
	public void moveRegion(String agencyId, RegionCode region) {
		this.mongo.updateMulti(Query.query(Criteria.where("agencyId").is(agencyId)),
				new org.springframework.data.mongodb.core.query.Update().set("regionCode", region.value()),
				AppraiserDocument.COLLECTION);
	}

	static AppraiserDocument toDocument(Appraiser a) {
		AppraiserDocument d = new AppraiserDocument();
		d.id = a.id();
		d.name = a.name();
		d.certificateNo = a.certificateNo();
		d.certificateIssuedOn = a.certificateIssuedOn();
		d.agencyId = a.agencyId();
		d.regionCode = a.regionCode().value();
		d.categories = a.categories().stream().sorted().map(Enum::name).toList();
		d.training = a.training();
		d.status = a.status().name();
		d.version = a.version();
		return d;
	}

	static Appraiser toDomain(AppraiserDocument d) {
		return new Appraiser(d.id, d.name, d.certificateNo, d.certificateIssuedOn, d.agencyId,
				RegionCode.of(d.regionCode),
				d.categories.stream()
					.map(BusinessCategory::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(BusinessCategory.class))),
				(d.training != null) ? d.training : List.of(), AppraiserStatus.valueOf(d.status), d.version);
	}

}
