package org.shuangsuiji.nationaldata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * Writes a data set into a running platform as the bureau accounts it is given (by region
 * code): agencies, appraisers and both pools through the registry's bulk imports as the
 * province (files of at most {@link #CHUNK} rows), conflicts one by one, then each city's
 * plans as the city (inspection-service lets only the organising bureau itself manage a
 * plan), published, committed and drawn with the plan's seed. Only what the platform can
 * hold is sent: provinces with an account, and regions the registry's tree knows; the
 * rest is counted as out of reach. A second run with the same seed adds nothing: the
 * imports upsert, declared conflicts and plans of the same title are skipped.
 */
final class PlatformWriter {

	static final int CHUNK = 2_000;

	private final PlatformClient api;

	private final Map<String, String> accounts;

	private final Summary summary;

	PlatformWriter(PlatformClient api, Map<String, String> accounts, Summary summary) {
		this.api = api;
		this.accounts = accounts;
		this.summary = summary;
	}

	/**
	 * The county- and city-level codes the registry knows under the accounts' provinces.
	 */
	Set<String> knownRegions() {
		Set<String> known = new TreeSet<>();
		for (String province : this.accounts.keySet().stream().filter((r) -> r.endsWith("0000")).toList()) {
			for (JsonNode city : this.api.get(null, "/api/public/registry/regions/" + province + "/children").json()) {
				String cityCode = city.path("code").asString();
				known.add(cityCode);
				for (JsonNode county : this.api.get(null, "/api/public/registry/regions/" + cityCode + "/children")
					.json()) {
					known.add(county.path("code").asString());
				}
			}
		}
		return known;
	}

	/**
	 * The part of the data set the platform can hold, as the accounts and the tree allow.
	 */
	static DataSet reachable(DataSet data, Set<String> known) {
		Predicate<String> inReach = known::contains;
		List<DataSet.Agency> agencies = data.agencies().stream().filter((a) -> inReach.test(a.regionCode())).toList();
		Set<String> codes = new TreeSet<>();
		Set<String> cities = new TreeSet<>();
		agencies.forEach((a) -> {
			codes.add(a.creditCode());
			cities.add(a.regionCode().substring(0, 4) + "00");
		});
		return new DataSet(data.seed(), data.scale(), agencies,
				data.appraisers().stream().filter((a) -> codes.contains(a.agencyCreditCode())).toList(),
				data.inspectors().stream().filter((p) -> inReach.test(p.regionCode())).toList(),
				data.experts().stream().filter((p) -> inReach.test(p.regionCode())).toList(),
				data.conflicts()
					.stream()
					.filter((c) -> inReach.test(c.personRegion()) && codes.contains(c.agencyCreditCode()))
					.toList(),
				// a city's plans only where its agencies are in reach: a draw needs
				// agencies to draw
				data.plans().stream().filter((p) -> cities.contains(p.cityCode())).toList());
	}

	void write(DataSet data, DataSet reach, Progress progress) {
		count("agencies", data.agencies().size(), reach.agencies().size());
		count("appraisers", data.appraisers().size(), reach.appraisers().size());
		count("inspectors", data.inspectors().size(), reach.inspectors().size());
		count("experts", data.experts().size(), reach.experts().size());
		count("conflicts", data.conflicts().size(), reach.conflicts().size());
		count("plans", data.plans().size(), reach.plans().size());
		count("draws", data.plans().size(), reach.plans().size());
		importAll("agencies", reach.agencies(), (a) -> a.regionCode(), ImportFiles::agencies, progress);
		importAll("appraisers", reach.appraisers(), (a) -> a.regionCode(), ImportFiles::appraisers, progress);
		importAll("inspectors", reach.inspectors(), (p) -> p.regionCode(), ImportFiles::inspectors, progress);
		importAll("experts", reach.experts(), (p) -> p.regionCode(), ImportFiles::experts, progress);
		conflicts(reach, progress);
		plans(reach, progress);
	}

	private void count(String kind, long generated, long inReach) {
		Summary.Kind k = this.summary.kind(kind);
		k.generated = generated;
		k.inReach = inReach;
	}

	private <T> void importAll(String kind, List<T> rows, Function<T, String> region, Function<List<T>, byte[]> file,
			Progress progress) {
		Summary.Kind tally = this.summary.kind(kind);
		progress.label("importing " + kind);
		for (Map.Entry<String, List<T>> province : byProvince(rows, region).entrySet()) {
			String account = provinceAccount(province.getKey());
			List<T> all = province.getValue();
			for (int from = 0; from < all.size(); from += CHUNK) {
				List<T> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
				long started = System.nanoTime();
				PlatformClient.Reply reply = this.api.upload(account, "/api/registry/imports/" + kind,
						kind + "-" + province.getKey() + "-" + from + ".csv", "text/csv", file.apply(chunk));
				tally.nanos += System.nanoTime() - started;
				tally.calls++;
				if (reply.ok()) {
					JsonNode report = reply.json();
					tally.written += report.path("created").asLong() + report.path("updated").asLong();
					tally.unchanged += report.path("unchanged").asLong();
				}
				else {
					tally.refused(chunk.size(), reply.toString());
				}
				progress.advance(chunk.size());
			}
		}
	}

	private static <T> Map<String, List<T>> byProvince(List<T> rows, Function<T, String> region) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		rows.forEach(
				(row) -> grouped.computeIfAbsent(region.apply(row).substring(0, 2) + "0000", (k) -> new ArrayList<>())
					.add(row));
		return grouped;
	}

	/**
	 * Conflicts name people and agencies by id: look those up per city through the pool
	 * contracts.
	 */
	private void conflicts(DataSet reach, Progress progress) {
		Summary.Kind tally = this.summary.kind("conflicts");
		progress.label("declaring conflicts");
		Map<String, String> agencyIds = new HashMap<>();
		Map<String, String> inspectorIds = new HashMap<>();
		Map<String, String> expertIds = new HashMap<>();
		Set<String> cities = new TreeSet<>();
		reach.conflicts().forEach((c) -> cities.add(c.personRegion().substring(0, 4) + "00"));
		Set<String> declared = new HashSet<>();
		for (String city : cities) {
			String account = provinceAccount(city);
			long started = System.nanoTime();
			for (JsonNode c : this.api.get(account, "/api/registry/conflicts?region=" + city).json()) {
				declared.add(c.path("personId").asString() + "|" + c.path("agencyId").asString() + "|"
						+ c.path("kind").asString());
			}
			for (JsonNode a : this.api.get(account, "/api/registry/pools/agencies?region=" + city).json()) {
				agencyIds.put(a.path("creditCode").asString(), a.path("id").asString());
			}
			for (JsonNode p : this.api.get(account, "/api/registry/pools/inspectors?region=" + city).json()) {
				String certNo = p.path("lawEnforcementCertNo").asString(null);
				inspectorIds.put((certNo != null) ? certNo : key(p), p.path("id").asString());
			}
			for (JsonNode p : this.api.get(account, "/api/registry/pools/experts?region=" + city).json()) {
				expertIds.put(key(p), p.path("id").asString());
			}
			tally.calls += 4;
			tally.nanos += System.nanoTime() - started;
		}
		for (DataSet.Conflict conflict : reach.conflicts()) {
			String personId = ("INSPECTOR".equals(conflict.personKind()) ? inspectorIds : expertIds)
				.get(conflict.personKey());
			String agencyId = agencyIds.get(conflict.agencyCreditCode());
			if (personId == null || agencyId == null) {
				// an inactive person or a suspended agency is not in the pool contracts
				tally.refused(1,
						"not in the pools (inactive person or agency not practising): " + conflict.personKey());
				progress.advance(1);
				continue;
			}
			if (declared.contains(personId + "|" + agencyId + "|" + conflict.kind())) {
				tally.unchanged++;
				progress.advance(1);
				continue;
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("personId", personId);
			body.put("personKind", conflict.personKind());
			body.put("agencyId", agencyId);
			body.put("kind", conflict.kind());
			body.put("reason", conflict.reason());
			body.put("declaredOn", conflict.declaredOn().toString());
			long started = System.nanoTime();
			PlatformClient.Reply reply = this.api.post(provinceAccount(conflict.personRegion()),
					"/api/registry/conflicts", body);
			tally.nanos += System.nanoTime() - started;
			tally.calls++;
			if (reply.ok()) {
				tally.written++;
			}
			else {
				tally.refused(1, reply.toString());
			}
			progress.advance(1);
		}
	}

	private static String key(JsonNode person) {
		return person.path("name").asString() + "|" + person.path("unit").asString() + "|"
				+ person.path("regionCode").asString();
	}

	/** Each plan: create, publish, commit the draw, draw with the plan's seed. */
	private void plans(DataSet reach, Progress progress) {
		Summary.Kind plans = this.summary.kind("plans");
		Summary.Kind draws = this.summary.kind("draws");
		Map<String, Set<String>> titles = new HashMap<>();
		for (DataSet.Plan plan : reach.plans()) {
			progress.label("plan " + plan.cityCode() + " " + plan.year());
			String account = this.accounts.get(plan.cityCode());
			if (account == null) {
				plans.refused(1,
						"no account of city " + plan.cityCode() + " (only the organising bureau manages a plan)");
				progress.advance(1);
				continue;
			}
			Set<String> existing = titles.computeIfAbsent(plan.cityCode(), (city) -> {
				Set<String> known = new HashSet<>();
				this.api.get(account, "/api/inspections/plans")
					.json()
					.forEach((p) -> known.add(p.path("title").asString()));
				return known;
			});
			if (existing.contains(plan.title())) {
				plans.unchanged++;
				draws.unchanged++;
				progress.advance(1);
				continue;
			}
			long started = System.nanoTime();
			PlatformClient.Reply created = this.api.post(account, "/api/inspections/plans", planBody(plan));
			String id = created.ok() ? created.json().path("id").asString() : null;
			PlatformClient.Reply published = (id != null)
					? this.api.post(account, "/api/inspections/plans/" + id + "/publish", null) : created;
			plans.calls += 2;
			plans.nanos += System.nanoTime() - started;
			if (!published.ok()) {
				plans.refused(1, published.toString());
				progress.advance(1);
				continue;
			}
			plans.written++;
			started = System.nanoTime();
			PlatformClient.Reply committed = this.api.post(account, "/api/inspections/plans/" + id + "/draw/commitment",
					null);
			PlatformClient.Reply drawn = committed.ok()
					? this.api.post(account, "/api/inspections/plans/" + id + "/draw",
							Map.of("seed", plan.drawSeed(), "seedNote", "national-data seed " + reach.seed()))
					: committed;
			draws.calls += 2;
			draws.nanos += System.nanoTime() - started;
			if (drawn.ok()) {
				draws.written++;
			}
			else {
				draws.refused(1, drawn.toString());
			}
			progress.advance(1);
		}
	}

	static Map<String, Object> planBody(DataSet.Plan plan) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", plan.year());
		body.put("title", plan.title());
		body.put("region", plan.cityCode());
		body.put("periodStart", plan.periodStart().toString());
		body.put("periodEnd", plan.periodEnd().toString());
		body.put("scope", Map.of("region", plan.cityCode()));
		body.put("sampling", Map.of("mode", "RATE", "value", plan.samplingRate()));
		body.put("teamRules", Map.of("inspectorsPerTeam", 2, "expertRequired", false, "excludeSameCounty", false,
				"excludeInspectedLastYear", false));
		body.put("template", Map.of("templateId", plan.templateId(), "version", plan.templateVersion()));
		body.put("selfInspectionDue", plan.periodStart().minusDays(14).toString());
		body.put("dossierWindowStart", plan.periodStart().minusYears(1).toString());
		body.put("legalBasis", "《司法鉴定机构登记管理办法》《司法鉴定人登记管理办法》；生成数据（national-data）");
		return body;
	}

	private String provinceAccount(String region) {
		return this.accounts.get(region.substring(0, 2) + "0000");
	}

}
