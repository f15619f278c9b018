package org.shuangsuiji.registry.pool.persistence;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.pool.Expert;
import org.shuangsuiji.registry.pool.Inspector;
import org.shuangsuiji.registry.pool.PoolStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@code inspectors} and {@code experts} collections. */
@Repository
public class MongoPoolStore implements PoolStore {

	private final MongoTemplate mongo;

	public MongoPoolStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void createIndexes() {
		this.mongo.indexOps(InspectorDocument.class)
			.createIndex(new Index("naturalKey", Sort.Direction.ASC).unique().named("naturalKey_unique"));
		this.mongo.indexOps(InspectorDocument.class)
			.createIndex(new Index("regionCode", Sort.Direction.ASC).named("regionCode"));
		this.mongo.indexOps(ExpertDocument.class)
			.createIndex(new Index("naturalKey", Sort.Direction.ASC).unique().named("naturalKey_unique"));
		this.mongo.indexOps(ExpertDocument.class)
			.createIndex(new Index("regionCode", Sort.Direction.ASC).named("regionCode"));
	}

	@Override
	public Optional<Inspector> inspector(String id) {
		return Optional.ofNullable(this.mongo.findById(id, InspectorDocument.class)).map(MongoPoolStore::toDomain);
	}

	@Override
	public Optional<Expert> expert(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ExpertDocument.class)).map(MongoPoolStore::toDomain);
	}

	@Override
	public Optional<Inspector> inspectorByKey(String naturalKey) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("naturalKey").is(naturalKey)),
					InspectorDocument.class))
			.map(MongoPoolStore::toDomain);
	}

	@Override
	public Optional<Expert> expertByKey(String naturalKey) {
		return Optional
			.ofNullable(
					this.mongo.findOne(Query.query(Criteria.where("naturalKey").is(naturalKey)), ExpertDocument.class))
			.map(MongoPoolStore::toDomain);
	}

	@Override
	public List<Inspector> inspectorsByKeys(Collection<String> keys) {
		return this.mongo.find(Query.query(Criteria.where("naturalKey").in(keys)), InspectorDocument.class)
			.stream()
			.map(MongoPoolStore::toDomain)
			.toList();
	}

	@Override
	public List<Expert> expertsByKeys(Collection<String> keys) {
		return this.mongo.find(Query.query(Criteria.where("naturalKey").in(keys)), ExpertDocument.class)
			.stream()
			.map(MongoPoolStore::toDomain)
			.toList();
	}

	@Override
	public List<Inspector> inspectors(RegionCode region, boolean activeOnly) {
		Criteria criteria = Criteria.where("regionCode").regex("^" + region.prefix());
		if (activeOnly) {
			criteria = criteria.and("active").is(true);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("name", "_id")), InspectorDocument.class)
			.stream()
			.map(MongoPoolStore::toDomain)
			.toList();
	}

	@Override
	public List<Expert> experts(RegionCode region, boolean activeOnly) {
		Criteria criteria = Criteria.where("regionCode").regex("^" + region.prefix());
		if (activeOnly) {
			criteria = criteria.and("active").is(true);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("name", "_id")), ExpertDocument.class)
			.stream()
			.map(MongoPoolStore::toDomain)
			.toList();
	}

	@Override
	public Page<Inspector> inspectorPage(RegionCode region, PageRequest page) {
		Query query = Query.query(Criteria.where("regionCode").regex("^" + region.prefix()));
		long total = this.mongo.count(query, InspectorDocument.class);
		query.skip(page.offset()).limit(page.size()).with(Sort.by("name", "_id"));
		return Page.of(this.mongo.find(query, InspectorDocument.class).stream().map(MongoPoolStore::toDomain).toList(),
				page, total);
	}

	@Override
	public Page<Expert> expertPage(RegionCode region, PageRequest page) {
		Query query = Query.query(Criteria.where("regionCode").regex("^" + region.prefix()));
		long total = this.mongo.count(query, ExpertDocument.class);
		query.skip(page.offset()).limit(page.size()).with(Sort.by("name", "_id"));
		return Page.of(this.mongo.find(query, ExpertDocument.class).stream().map(MongoPoolStore::toDomain).toList(),
				page, total);
	}

	@Override
	public Inspector save(Inspector inspector) {
		InspectorDocument d = new InspectorDocument();
		d.id = inspector.id();
		d.naturalKey = inspector.naturalKey();
		d.name = inspector.name();
		d.lawEnforcementCertNo = inspector.lawEnforcementCertNo();
		d.unit = inspector.unit();
		d.regionCode = inspector.regionCode().value();
		d.active = inspector.active();
		d.version = inspector.version();
		return toDomain(this.mongo.save(d));
	}

	@Override
	public Expert save(Expert expert) {
		ExpertDocument d = new ExpertDocument();
		d.id = expert.id();
		d.naturalKey = expert.naturalKey();
		d.name = expert.name();
		d.specialities = expert.specialities().stream().sorted().map(Enum::name).toList();
		d.unit = expert.unit();
		d.regionCode = expert.regionCode().value();
		d.active = expert.active();
		d.version = expert.version();
		return toDomain(this.mongo.save(d));
	}

	static Inspector toDomain(InspectorDocument d) {
		return new Inspector(d.id, d.name, d.lawEnforcementCertNo, d.unit, RegionCode.of(d.regionCode), d.active,
				d.version);
	}

	static Expert toDomain(ExpertDocument d) {
		return new Expert(d.id, d.name,
				d.specialities.stream()
					.map(BusinessCategory::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(BusinessCategory.class))),
				d.unit, RegionCode.of(d.regionCode), d.active, d.version);
	}

}
