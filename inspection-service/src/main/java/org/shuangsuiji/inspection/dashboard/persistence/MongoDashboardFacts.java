package org.shuangsuiji.inspection.dashboard.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;

import org.shuangsuiji.inspection.dashboard.DashboardFacts;
import org.shuangsuiji.inspection.dashboard.ProvinceYear;
import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@link DashboardFacts} as aggregations over the collections the other features write:
 * {@code tasks}, {@code conclusions}, {@code rectifications}, {@code published_results}
 * and {@code plans}. Each groups by the agency region and the plan year of the task; a
 * collection without the year (or the region) takes it from the task through
 * {@code $lookup}.
 */
public class MongoDashboardFacts implements DashboardFacts {

	private static final String WITHDRAWN = "WITHDRAWN";

	private final MongoTemplate mongo;

	public MongoDashboardFacts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<ProvinceYear> provinceYears() {
		// by agency region (a few thousand pairs), folded to provinces here
		List<Document> pipeline = List.of(new Document("$group", new Document("_id", key("$agencyRegion", "$year"))));
		Set<ProvinceYear> cells = new LinkedHashSet<>();
		for (Document d : this.mongo.getCollection("tasks").aggregate(pipeline)) {
			Document id = d.get("_id", Document.class);
			cells.add(ProvinceYear.of(RegionCode.of(id.getString("region")), number(id.get("year")).intValue()));
		}
		return List.copyOf(cells);
	}

	@Override
	public List<TaskTally> tasks(Area region, Integer year) {
		List<Document> pipeline = List.of(new Document("$match", tasksOf(region, year)), new Document("$group",
				new Document("_id", key("$agencyRegion", "$year")).append("plans", new Document("$addToSet", "$planId"))
					.append("agencies", new Document("$addToSet", "$agencyId"))
					.append("inspections", new Document("$sum", 1))
					.append("closed", new Document("$sum",
							new Document("$cond", List.of(new Document("$eq", List.of("$status", "CLOSED")), 1, 0))))));
		List<TaskTally> tallies = new ArrayList<>();
		for (Document d : this.mongo.getCollection("tasks").aggregate(pipeline)) {
			Document id = d.get("_id", Document.class);
			tallies.add(new TaskTally(id.getString("region"), number(id.get("year")).intValue(), strings(d, "plans"),
					strings(d, "agencies"), number(d.get("inspections")).longValue(),
					number(d.get("closed")).longValue()));
		}
		return tallies;
	}

	@Override
	public List<Tally> findings(Area region, Integer year) {
		return tallies("conclusions",
				stages(inRegion("agencyRegion", region), withTask(), ofTask(year),
						new Document("$group",
								new Document("_id", key("$agencyRegion", "$task.year"))
									.append("count", new Document("$sum", 1))
									.append("sum", new Document("$sum", "$recommendation.findings")))));
	}

	@Override
	public List<Tally> rectifications(Area region, Integer year) {
		// from the region's tasks (indexed by region) to their rectification (keyed by
		// the
		// task id): not every rectification of the country joined to its task first
		return tallies("tasks", stages(new Document("$match", tasksOf(region, year)),
				lookup("rectifications", "_id", "rectification"), new Document("$unwind", "$rectification"),
				new Document("$unwind", "$rectification.items"),
				new Document("$group",
						new Document("_id", key("$agencyRegion", "$year")).append("count", new Document("$sum", 1))
							.append("sum", new Document("$sum",
									new Document("$cond", List.of(
											new Document("$eq", List.of("$rectification.items.status", "ACCEPTED")), 1,
											0)))))));
	}

	@Override
	public List<Tally> publications(Area region, Integer year) {
		return tallies("published_results",
				stages(inRegion("agencyRegion", region), withTask(), ofTask(year),
						new Document("$group",
								new Document("_id", key("$agencyRegion", "$task.year"))
									.append("count", new Document("$sum", 1))
									.append("sum", new Document("$sum", 0)))));
	}

	@Override
	public List<Visit> unpublishedVisits(Area region, Integer year) {
		Document match = tasksOf(region, year).append("day", new Document("$ne", null));
		// whole joined documents: the MongoDB-protocol server used in tests turns an
		// inclusion projection of a joined array into a single document
		List<Document> pipeline = List.of(new Document("$match", match),
				lookup("published_results", "_id", "published"), lookup("plans", "planId", "plan"));
		List<Visit> visits = new ArrayList<>();
		for (Document d : this.mongo.getCollection("tasks").aggregate(pipeline)) {
			boolean published = !d.getList("published", Document.class, List.of()).isEmpty();
			boolean disclosed = d.getList("plan", Document.class, List.of())
				.stream()
				.anyMatch((plan) -> "DISCLOSED".equals(plan.getString("status")));
			if (!published && !disclosed) {
				visits.add(new Visit(d.getString("agencyRegion"), number(d.get("year")).intValue(),
						LocalDate.parse(d.getString("day"))));
			}
		}
		return visits;
	}

	/** Tasks not withdrawn of agencies inside the region. */
	private static Document tasksOf(Area region, Integer year) {
		Document match = new Document("agencyRegion", new Document("$regex", "^" + region.prefix())).append("status",
				new Document("$ne", WITHDRAWN));
		if (year != null) {
			match.append("year", year);
		}
		return match;
	}

	private static Document inRegion(String field, Area region) {
		return new Document("$match", new Document(field, new Document("$regex", "^" + region.prefix())));
	}

	/** The task of a document keyed by its task id, as {@code task}. */
	private static List<Document> withTask() {
		return List.of(lookup("tasks", "_id", "task"), new Document("$unwind", "$task"));
	}

	/** A pipeline of stages and lists of stages. */
	private static List<Document> stages(Object... parts) {
		List<Document> pipeline = new ArrayList<>();
		for (Object part : parts) {
			if (part instanceof Document stage) {
				pipeline.add(stage);
			}
			else {
				((List<?>) part).forEach((stage) -> pipeline.add((Document) stage));
			}
		}
		return pipeline;
	}

	private static Document ofTask(Integer year) {
		Document match = new Document("task.status", new Document("$ne", WITHDRAWN));
		if (year != null) {
			match.append("task.year", year);
		}
		return new Document("$match", match);
	}

	private static Document lookup(String from, String localField, String as) {
		return new Document("$lookup",
				new Document("from", from).append("localField", localField)
					.append("foreignField", "_id")
					.append("as", as));
	}

	private static Document key(String region, String year) {
		return new Document("region", region).append("year", year);
	}

	private List<Tally> tallies(String collection, List<Document> pipeline) {
		List<Tally> tallies = new ArrayList<>();
		for (Document d : this.mongo.getCollection(collection).aggregate(pipeline)) {
			Document id = d.get("_id", Document.class);
			tallies.add(new Tally(id.getString("region"), number(id.get("year")).intValue(),
					number(d.get("count")).longValue(), number(d.get("sum")).longValue()));
		}
		return tallies;
	}

	private static Set<String> strings(Document d, String field) {
		return new HashSet<>(d.getList(field, String.class, List.of()));
	}

	private static Number number(Object value) {
		return (value instanceof Number n) ? n : 0;
	}

}
