package org.shuangsuiji.registry.agency.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyQuery;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.AgencyStore;
import org.shuangsuiji.registry.agency.FlagState;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.input.Text;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code agencies} collection. Credit codes are unique (index); names are searched by
 * an escaped regular expression (no {@code $text}); regions by an anchored prefix.
 */
@Repository
public class MongoAgencyStore implements AgencyStore {

	private final MongoTemplate mongo;

	private final AgencyDocuments documents;

	MongoAgencyStore(MongoTemplate mongo, AgencyDocuments documents) {
		this.mongo = mongo;
		this.documents = documents;
	}

	/** Creates the indexes the queries need; safe to run at every start. */
	public void createIndexes() {
		var ops = this.mongo.indexOps(AgencyDocument.class);
		ops.createIndex(new Index("creditCode", Sort.Direction.ASC).unique().named("creditCode_unique"));
		ops.createIndex(new Index("regionCode", Sort.Direction.ASC).named("regionCode"));
		ops.createIndex(new Index("flagsValidUntil", Sort.Direction.ASC).named("flagsValidUntil"));
		ops.createIndex(new Index("name", Sort.Direction.ASC).named("name"));
	}

	@Override
	public Optional<Agency> find(String id) {
		return this.documents.findById(id).map(AgencyMapping::toDomain);
	}

	@Override
	public Optional<Agency> findByCreditCode(String creditCode) {
		return this.documents.findByCreditCode(creditCode).map(AgencyMapping::toDomain);
	}

	@Override
	public List<Agency> findByCreditCodes(Collection<String> creditCodes) {
		return this.documents.findByCreditCodeIn(creditCodes).stream().map(AgencyMapping::toDomain).toList();
	}

	@Override
	public List<Agency> findAll(Collection<String> ids) {
		return this.documents.findByIdIn(ids).stream().map(AgencyMapping::toDomain).toList();
	}

	/**
	 * Inserts a new agency or updates one, checking its version; returns it as stored.
	 */
	@Override
	public Agency save(Agency agency) {
		return AgencyMapping.toDomain(this.mongo.save(AgencyMapping.toDocument(agency)));
	}

	/** Inserts new agencies in one bulk write (demo data, benchmarks). */
	@Override
	public void insertAll(List<Agency> list) {
		this.mongo.insert(list.stream().map(AgencyMapping::toDocument).toList(), AgencyDocument.class);
	}

	/**
	 * Sets the flags without touching the version: they are derived, not edited (an
	 * update by collection name, because one by entity class would increment
	 * {@code @Version}).
	 */
	@Override
	public void saveFlags(String id, FlagState state) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("flags", state.flags())
					.set("flagKinds", state.flags().stream().map((f) -> f.kind().name()).distinct().toList())
					.set("flagsComputedOn", state.computedOn())
					.set("flagsValidUntil", state.validUntil()),
				AgencyDocument.COLLECTION);
	}

	/** {@link #saveFlags} for many agencies in one bulk write. */
	@Override
	public void saveAllFlags(java.util.Map<String, FlagState> states) {
		if (states.isEmpty()) {
			return;
		}
		var bulk = this.mongo.bulkOps(org.springframework.data.mongodb.core.BulkOperations.BulkMode.UNORDERED,
				AgencyDocument.COLLECTION);
		states.forEach((id, state) -> bulk.updateOne(Query.query(Criteria.where("_id").is(id)), flagUpdate(state)));
		bulk.execute();
	}

	private static Update flagUpdate(FlagState state) {
		return new Update().set("flags", state.flags())
			.set("flagKinds", state.flags().stream().map((f) -> f.kind().name()).distinct().toList())
			.set("flagsComputedOn", state.computedOn())
			.set("flagsValidUntil", state.validUntil());
	}

	/** Marks flags for recomputation at the next read (after an appraiser change). */
	@Override
	public void markFlagsStale(Collection<String> ids) {
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
				new Update().set("flagsValidUntil", LocalDate.EPOCH), AgencyDocument.COLLECTION);
	}

	/** Ids of agencies in the region whose flags no longer hold on {@code today}. */
	@Override
	public List<String> staleIds(RegionCode region, LocalDate today) {
		Query query = Query
			.query(inRegion(region).andOperator(new Criteria().orOperator(Criteria.where("flagsValidUntil").lte(today),
					Criteria.where("flagsValidUntil").is(null), Criteria.where("flagsComputedOn").gt(today))));
		query.fields().include("_id");
		return this.mongo.find(query, AgencyDocument.class).stream().map((d) -> d.id).toList();
	}

	@Override
	public Page<Agency> search(AgencyQuery q, PageRequest page) {
		Criteria criteria = inRegion(q.region());
		if (q.name() != null) {
			criteria = criteria.and("name").regex(Text.literalPattern(q.name()), "i");
		}
		if (!q.categories().isEmpty()) {
			criteria = criteria.and("categories").in(q.categories().stream().map(Enum::name).toList());
		}
		if (q.status() != null) {
			criteria = criteria.and("status").is(q.status().name());
		}
		if (q.flag() != null) {
			criteria = criteria.and("flagKinds").is(q.flag().name());
		}
		if (q.agencyId() != null) {
			criteria = criteria.and("_id").is(q.agencyId());
		}
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, AgencyDocument.class);
		query.skip(page.offset()).limit(page.size()).with(Sort.by("name", "_id"));
		List<Agency> items = this.mongo.find(query, AgencyDocument.class)
			.stream()
			.map(AgencyMapping::toDomain)
			.toList();
		return Page.of(items, page, total);
	}

	/**
	 * Active agencies of the region subtree having any of the categories (all when
	 * empty).
	 */
	@Override
	public List<Agency> activePool(RegionCode region, Collection<BusinessCategory> categories) {
		Criteria criteria = inRegion(region).and("status").is(AgencyStatus.ACTIVE.name());
		if (!categories.isEmpty()) {
			criteria = criteria.and("categories").in(categories.stream().map(Enum::name).toList());
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("creditCode")), AgencyDocument.class)
			.stream()
			.map(AgencyMapping::toDomain)
			.toList();
	}

	@Override
	public List<Agency> inRegionSubtree(RegionCode region) {
		return this.mongo
			.find(Query.query(inRegion(region)).with(Sort.by("regionCode", "creditCode")), AgencyDocument.class)
			.stream()
			.map(AgencyMapping::toDomain)
			.toList();
	}

	private static Criteria inRegion(RegionCode region) {
		if (region == null) {
			return new Criteria();
		}
		return Criteria.where("regionCode").regex("^" + region.prefix());
	}

}
