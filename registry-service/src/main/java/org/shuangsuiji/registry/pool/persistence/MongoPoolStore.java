package org.shuangsuiji.registry.pool.persistence;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.pool.Expert;
import org.shuangsuiji.registry.pool.Inspector;
import org.shuangsuiji.registry.pool.PoolKind;
import org.shuangsuiji.registry.pool.PoolMember;
import org.shuangsuiji.registry.pool.PoolStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code inspectors} and {@code experts} collections: the same fields for keys,
 * region and state, so one set of queries serves both, each through its document mapping.
 */
@Repository
public class MongoPoolStore implements PoolStore {

	private static final Mapping<Inspector, InspectorDocument> INSPECTORS = new Mapping<>(InspectorDocument.class,
			MongoPoolStore::toDomain, MongoPoolStore::toDocument);

	private static final Mapping<Expert, ExpertDocument> EXPERTS = new Mapping<>(ExpertDocument.class,
			MongoPoolStore::toDomain, MongoPoolStore::toDocument);

	private static final Sort BY_NAME = Sort.by("name", "_id");

	private final MongoTemplate mongo;

	public MongoPoolStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void createIndexes() {
		for (Class<?> type : List.of(InspectorDocument.class, ExpertDocument.class)) {
			this.mongo.indexOps(type)
				.createIndex(new Index("naturalKey", Sort.Direction.ASC).unique().named("naturalKey_unique"));
			this.mongo.indexOps(type).createIndex(new Index("regionCode", Sort.Direction.ASC).named("regionCode"));
		}
	}

	@Override
	public <M extends PoolMember> Optional<M> find(PoolKind<M> kind, String id) {
		return findOne(of(kind), Query.query(Criteria.where("_id").is(id)));
	}

	@Override
	public <M extends PoolMember> Optional<M> findByKey(PoolKind<M> kind, String naturalKey) {
		return findOne(of(kind), Query.query(Criteria.where("naturalKey").is(naturalKey)));
	}

	@Override
	public <M extends PoolMember> List<M> findByKeys(PoolKind<M> kind, Collection<String> naturalKeys) {
		return find(of(kind), Query.query(Criteria.where("naturalKey").in(naturalKeys)));
	}

	@Override
	public <M extends PoolMember> List<M> inRegion(PoolKind<M> kind, RegionCode region, boolean activeOnly) {
		Criteria criteria = inRegion(region);
		if (activeOnly) {
			criteria = criteria.and("active").is(true);
		}
		return find(of(kind), Query.query(criteria).with(BY_NAME));
	}

	@Override
	public <M extends PoolMember> Page<M> page(PoolKind<M> kind, RegionCode region, PageRequest page) {
		Mapping<M, ?> mapping = of(kind);
		Query query = Query.query(inRegion(region));
		long total = this.mongo.count(query, mapping.type());
		query.skip(page.offset()).limit(page.size()).with(BY_NAME);
		return Page.of(find(mapping, query), page, total);
	}

	@Override
	public <M extends PoolMember> M save(PoolKind<M> kind, M member) {
		return save(of(kind), member);
	}

	private <M extends PoolMember, D> Optional<M> findOne(Mapping<M, D> collection, Query query) {
		return Optional.ofNullable(this.mongo.findOne(query, collection.type())).map(collection.toDomain());
	}

	private <M extends PoolMember, D> List<M> find(Mapping<M, D> collection, Query query) {
		return this.mongo.find(query, collection.type()).stream().map(collection.toDomain()).toList();
	}

	private <M extends PoolMember, D> M save(Mapping<M, D> collection, M member) {
		return collection.toDomain().apply(this.mongo.save(collection.toDocument().apply(member)));
	}

	@SuppressWarnings("unchecked")
	private static <M extends PoolMember> Mapping<M, ?> of(PoolKind<M> kind) {
		return (Mapping<M, ?>) ((kind == PoolKind.INSPECTORS) ? INSPECTORS : EXPERTS);
	}

	private static Criteria inRegion(RegionCode region) {
		return Criteria.where("regionCode").regex("^" + region.prefix());
	}

	static InspectorDocument toDocument(Inspector inspector) {
		InspectorDocument d = new InspectorDocument();
		d.id = inspector.id();
		d.naturalKey = inspector.naturalKey();
		d.name = inspector.name();
		d.lawEnforcementCertNo = inspector.lawEnforcementCertNo();
		d.unit = inspector.unit();
		d.regionCode = inspector.regionCode().value();
		d.active = inspector.active();
		d.version = inspector.version();
		return d;
	}

	static ExpertDocument toDocument(Expert expert) {
		ExpertDocument d = new ExpertDocument();
		d.id = expert.id();
		d.naturalKey = expert.naturalKey();
		d.name = expert.name();
		d.specialities = expert.specialities().stream().sorted().map(Enum::name).toList();
		d.unit = expert.unit();
		d.regionCode = expert.regionCode().value();
		d.active = expert.active();
		d.version = expert.version();
		return d;
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

	/**
	 * One pool's collection: its document type and the mapping to and from it.
	 */
	private record Mapping<M extends PoolMember, D>(Class<D> type, Function<D, M> toDomain, Function<M, D> toDocument) {
	}

}
