package org.shuangsuiji.scoring.dashboard.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.shuangsuiji.platform.region.Area;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.dashboard.Dashboard;
import org.shuangsuiji.scoring.dashboard.DashboardQuery;
import org.shuangsuiji.scoring.dashboard.DashboardStore;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One aggregation over the {@code sheets} collection: submitted official sheets of the
 * region, then a {@code $facet} computing every figure in the same pass.
 */
public class MongoDashboardStore implements DashboardStore {

	static final String SHEETS = "sheets";

	/** Bands of ten points; the last one takes 100 too. */
	static final List<Integer> BOUNDARIES = List.of(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 101);

	static final int TOP_ITEMS = 10;

	/**
	 * Only the summary fields go on to the facets: a sheet document also holds its
	 * answers, result and history, which every facet would otherwise carry along.
	 */
	static final Document SUMMARY = new Document("templateId", 1).append("outcomeCode", 1)
		.append("outcomeLabel", 1)
		.append("totalValue", 1)
		.append("findings", 1)
		.append("province", 1)
		.append("city", 1)
		.append("region", 1);

	static final int TOP_REFS = 5;

	private final MongoTemplate mongo;

	public MongoDashboardStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Dashboard aggregate(DashboardQuery query) {
		String subRegionField = (query.region() instanceof Area.Region inside) ? switch (inside.region().level()) {
			case PROVINCE -> "$city";
			case CITY, COUNTY -> "$region";
		} : "$province";
		List<Document> pipeline = List.of(new Document("$match", match(query)), new Document("$project", SUMMARY),
				new Document("$facet", new Document("count", List.of(new Document("$count", "sheets")))
					.append("outcomes", List.of(group("$outcomeCode", "$outcomeLabel")))
					.append("totals",
							List.of(withTotal(),
									new Document("$group",
											new Document("_id", null).append("sheets", new Document("$sum", 1))
												.append("mean", new Document("$avg", "$totalValue"))
												.append("min", new Document("$min", "$totalValue"))
												.append("max", new Document("$max", "$totalValue")))))
					.append("distribution",
							List.of(withTotal(),
									new Document("$bucket",
											new Document("groupBy", "$totalValue").append("boundaries", BOUNDARIES)
												.append("default", "other")
												.append("output", new Document("sheets", new Document("$sum", 1))))))
					.append("findings",
							List.of(new Document("$unwind", "$findings"), new Document("$group",
									new Document("_id",
											new Document("templateId", "$templateId")
												.append("itemId", "$findings.itemId"))
										.append("sheets", new Document("$sum", 1)))))
					.append("refs", List.of(new Document("$unwind", "$findings"),
							new Document("$unwind", "$findings.refs"),
							new Document("$group", new Document("_id",
									new Document("templateId", "$templateId").append("itemId", "$findings.itemId")
										.append("ref", "$findings.refs"))
								.append("sheets", new Document("$sum", 1)))))
					.append("subRegionOutcomes", List.of(new Document("$group",
							new Document("_id",
									new Document("region", subRegionField).append("code", "$outcomeCode")
										.append("label", "$outcomeLabel"))
								.append("sheets", new Document("$sum", 1)))))
					.append("subRegionTotals",
							List.of(withTotal(), new Document("$group", new Document("_id", subRegionField)
								.append("mean", new Document("$avg", "$totalValue")))))));
		Document facets = this.mongo.getCollection(SHEETS).aggregate(pipeline).first();
		return toDashboard(query, (facets != null) ? facets : new Document());
	}

	private static Document match(DashboardQuery query) {
		Document match = new Document("status", "SUBMITTED").append("mode", "OFFICIAL");
		// the nation: every sheet
		if (query.region() instanceof Area.Region inside) {
			RegionCode region = inside.region();
			String field = switch (region.level()) {
				case PROVINCE -> "province";
				case CITY -> "city";
				case COUNTY -> "region";
			};
			match.append(field, region.value());
		}
		if (query.year() != null) {
			match.append("year", query.year());
		}
		if (query.templateId() != null) {
			match.append("templateId", query.templateId());
		}
		return match;
	}

	private static Document withTotal() {
		return new Document("$match", new Document("totalValue", new Document("$ne", null)));
	}

	private static Document group(String code, String label) {
		return new Document("$group", new Document("_id", new Document("code", code).append("label", label))
			.append("sheets", new Document("$sum", 1)));
	}

	private static Dashboard toDashboard(DashboardQuery query, Document facets) {
		List<Document> count = list(facets, "count");
		long sheets = count.isEmpty() ? 0 : number(count.get(0).get("sheets")).longValue();

		List<Dashboard.OutcomeCount> outcomes = list(facets, "outcomes").stream()
			.map((doc) -> new Dashboard.OutcomeCount(id(doc).getString("code"), id(doc).getString("label"),
					number(doc.get("sheets")).longValue()))
			.sorted(Comparator.comparing(Dashboard.OutcomeCount::sheets)
				.reversed()
				.thenComparing(Dashboard.OutcomeCount::code))
			.toList();

		List<Document> totalsFacet = list(facets, "totals");
		Dashboard.Totals totals = totalsFacet.isEmpty() ? new Dashboard.Totals(0, null, null, null)
				: new Dashboard.Totals(number(totalsFacet.get(0).get("sheets")).longValue(),
						decimal(totalsFacet.get(0).get("mean")), decimal(totalsFacet.get(0).get("min")),
						decimal(totalsFacet.get(0).get("max")));

		Map<Integer, Long> byBand = new LinkedHashMap<>();
		for (Document band : list(facets, "distribution")) {
			if (band.get("_id") instanceof Number from) {
				byBand.put(from.intValue(), number(band.get("sheets")).longValue());
			}
		}
		List<Dashboard.Band> distribution = new ArrayList<>();
		for (int i = 0; i < BOUNDARIES.size() - 1; i++) {
			int from = BOUNDARIES.get(i);
			int to = Math.min(BOUNDARIES.get(i + 1), 100);
			distribution.add(new Dashboard.Band(BigDecimal.valueOf(from), BigDecimal.valueOf(to),
					byBand.getOrDefault(from, 0L)));
		}

		Map<String, List<Dashboard.RefCount>> refsByItem = new LinkedHashMap<>();
		for (Document ref : list(facets, "refs")) {
			Document id = id(ref);
			refsByItem
				.computeIfAbsent(id.getString("templateId") + "/" + id.getString("itemId"), (key) -> new ArrayList<>())
				.add(new Dashboard.RefCount(id.getString("ref"), number(ref.get("sheets")).longValue()));
		}
		List<Dashboard.ItemFindings> findings = list(facets, "findings").stream().map((doc) -> {
			Document id = id(doc);
			List<Dashboard.RefCount> refs = refsByItem
				.getOrDefault(id.getString("templateId") + "/" + id.getString("itemId"), List.of())
				.stream()
				.sorted(Comparator.comparing(Dashboard.RefCount::sheets)
					.reversed()
					.thenComparing(Dashboard.RefCount::ref))
				.limit(TOP_REFS)
				.toList();
			return new Dashboard.ItemFindings(id.getString("templateId"), id.getString("itemId"),
					number(doc.get("sheets")).longValue(), refs);
		})
			.sorted(Comparator.comparing(Dashboard.ItemFindings::sheets)
				.reversed()
				.thenComparing(Dashboard.ItemFindings::templateId)
				.thenComparing(Dashboard.ItemFindings::itemId))
			.limit(TOP_ITEMS)
			.toList();

		return new Dashboard(query.region().code(), query.year(), query.templateId(), sheets, outcomes, totals,
				distribution, findings, subRegions(list(facets, "subRegionOutcomes"), list(facets, "subRegionTotals")));
	}

	private static List<Dashboard.SubRegion> subRegions(List<Document> outcomeGroups, List<Document> totalGroups) {
		Map<String, BigDecimal> means = new LinkedHashMap<>();
		for (Document group : totalGroups) {
			means.put(String.valueOf(group.get("_id")), decimal(group.get("mean")));
		}
		Map<String, List<Dashboard.OutcomeCount>> outcomes = new LinkedHashMap<>();
		for (Document group : outcomeGroups) {
			Document id = id(group);
			outcomes.computeIfAbsent(String.valueOf(id.get("region")), (key) -> new ArrayList<>())
				.add(new Dashboard.OutcomeCount(id.getString("code"), id.getString("label"),
						number(group.get("sheets")).longValue()));
		}
		List<Dashboard.SubRegion> subRegions = new ArrayList<>();
		outcomes.forEach((region, counts) -> {
			counts.sort(Comparator.comparing(Dashboard.OutcomeCount::sheets)
				.reversed()
				.thenComparing(Dashboard.OutcomeCount::code));
			long sheets = counts.stream().mapToLong(Dashboard.OutcomeCount::sheets).sum();
			subRegions.add(new Dashboard.SubRegion(region, sheets, means.get(region), counts));
		});
		subRegions.sort(Comparator.comparing(Dashboard.SubRegion::region));
		return subRegions;
	}

	@SuppressWarnings("unchecked")
	private static List<Document> list(Document facets, String name) {
		Object value = facets.get(name);
		return (value instanceof List<?> list) ? (List<Document>) list : List.of();
	}

	private static Document id(Document doc) {
		return doc.get("_id", Document.class);
	}

	private static Number number(Object value) {
		return (value instanceof Number number) ? number : 0;
	}

	/** Means and extremes are statistics, shown to two decimals. */
	private static BigDecimal decimal(Object value) {
		if (!(value instanceof Number number)) {
			return null;
		}
		BigDecimal rounded = BigDecimal.valueOf(number.doubleValue())
			.setScale(2, RoundingMode.HALF_UP)
			.stripTrailingZeros();
		return (rounded.scale() < 0) ? rounded.setScale(0) : rounded;
	}

}
