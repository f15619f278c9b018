package org.shuangsuiji.inspection.plan.persistence;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.AgencyWeight;
import org.shuangsuiji.inspection.plan.Period;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanScope;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.PlanStore;
import org.shuangsuiji.inspection.plan.PlanTerms;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.inspection.plan.TemplateRef;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The {@code plans} collection. Saving checks the version (optimistic locking, 409 on a
 * stale one); the region lookups stay hand-written (a prefix or the bureaus above).
 */
public class MongoPlanStore implements PlanStore {

	private final PlanRepository repository;

	private final MongoTemplate mongo;

	public MongoPlanStore(PlanRepository repository, MongoTemplate mongo) {
		this.repository = repository;
		this.mongo = mongo;
	}

	@Override
	public Optional<Plan> find(PlanId id) {
		return this.repository.findById(id.value()).map(MongoPlanStore::toPlan);
	}

	@Override
	public Plan save(Plan plan) {
		return toPlan(this.repository.save(toDocument(plan)));
	}

	@Override
	public Optional<Plan> advance(Plan read, PlanStatus target) {
		Plan advanced = read.advanceTo(target);
		Query stillAsRead = new Query(Criteria.where("_id")
			.is(read.id().value())
			.and("version")
			.is(read.version())
			.and("status")
			.is(read.status().name()));
		long written = this.mongo
			.updateFirst(stillAsRead, new Update().set("status", target.name()).inc("version", 1), PlanDocument.class)
			.getModifiedCount();
		return (written == 1) ? Optional.of(advanced.stored(read.version() + 1)) : Optional.empty();
	}

	@Override
	public List<Plan> touching(RegionCode region, Integer year) {
		List<String> above = new java.util.ArrayList<>();
		above.add(region.province().value());
		region.city().ifPresent((city) -> above.add(city.value()));
		Criteria criteria = new Criteria().orOperator(Criteria.where("region").regex("^" + region.prefix()),
				Criteria.where("region").in(above));
		return find(criteria, year, false);
	}

	@Override
	public List<Plan> published(RegionCode region, Integer year) {
		Criteria criteria = (region != null) ? Criteria.where("region").regex("^" + region.prefix()) : new Criteria();
		return find(criteria, year, true);
	}

	private List<Plan> find(Criteria criteria, Integer year, boolean publishedOnly) {
		Query query = new Query(criteria);
		if (year != null) {
			query.addCriteria(Criteria.where("year").is(year));
		}
		if (publishedOnly) {
			query.addCriteria(Criteria.where("status").ne(PlanStatus.DRAFT.name()));
		}
		query.with(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("region", "createdAt"))).limit(500);
		return this.mongo.find(query, PlanDocument.class).stream().map(MongoPlanStore::toPlan).toList();
	}

	static PlanDocument toDocument(Plan plan) {
		PlanTerms terms = plan.terms();
		TeamRules team = terms.teamRules();
		return new PlanDocument(plan.id().value(), terms.year(), terms.title(), terms.region().value(),
				terms.period().start(), terms.period().end(), terms.scope().region().value(),
				terms.scope().categories().stream().map(BusinessCategory::name).toList(), terms.sampling().mode(),
				terms.sampling().value(), team.inspectorsPerTeam(), team.expertRequired(), team.excludeSameCounty(),
				team.excludeInspectedLastYear(), team.maxInspectionsPerPerson(),
				terms.weights()
					.stream()
					.map((w) -> new PlanDocument.Weight(w.agencyId(), w.weight(), w.reason()))
					.toList(),
				terms.template().templateId(), terms.template().version(), terms.selfInspectionDue(),
				terms.dossierWindowStart(), terms.legalBasis(), plan.status().name(), plan.createdBy().userId(),
				plan.createdBy().name(), plan.createdAt(), plan.publishedAt(), plan.version());
	}

	static Plan toPlan(PlanDocument document) {
		PlanTerms terms = new PlanTerms(document.year(), document.title(), RegionCode.of(document.region()),
				new Period(document.periodStart(), document.periodEnd()),
				new PlanScope(RegionCode.of(document.scopeRegion()),
						new java.util.TreeSet<>(
								document.categories().stream().map(BusinessCategory::valueOf).toList())),
				Sampling.of(document.samplingMode(), document.samplingValue()),
				new TeamRules(document.inspectorsPerTeam(), document.expertRequired(), document.excludeSameCounty(),
						document.excludeInspectedLastYear(), document.maxInspectionsPerPerson()),
				document.weights().stream().map((w) -> new AgencyWeight(w.agencyId(), w.weight(), w.reason())).toList(),
				new TemplateRef(document.templateId(), document.templateVersion()), document.selfInspectionDue(),
				document.dossierWindowStart(), document.legalBasis());
		return new Plan(new PlanId(document.id()), terms, PlanStatus.valueOf(document.status()),
				new Actor(document.createdById(), document.createdByName()), document.createdAt(),
				document.publishedAt(), document.version());
	}

}
