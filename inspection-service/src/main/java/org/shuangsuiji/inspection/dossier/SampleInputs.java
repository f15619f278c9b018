package org.shuangsuiji.inspection.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.shuangsuiji.inspection.canonical.CanonicalJson;
import org.shuangsuiji.inspection.canonical.Hashes;

/**
 * What a dossier sample is drawn from, fixed before the seed: the task, the window, the
 * sample size, the core categories and the case files in the window (algorithm
 * {@value #ALGORITHM}, ADR 0403). Its canonical JSON (ADR 0401 step 2) is hashed into the
 * commitment.
 *
 * @param taskId the task
 * @param planId its plan
 * @param agencyId the inspected agency
 * @param windowStart the plan's dossier window start (新乡 2024: 2023-01-01)
 * @param windowEnd the inspection day
 * @param sampleSize how many files are drawn (at least {@value #MIN_SIZE})
 * @param coreCategories the agency's core categories
 * @param cases the files in the window, by case number
 */
public record SampleInputs(String taskId, String planId, String agencyId, LocalDate windowStart, LocalDate windowEnd,
		int sampleSize, Set<String> coreCategories, List<SampleCase> cases) {

	public static final String ALGORITHM = "shuangsuiji-dossier/1";

	public static final int MIN_SIZE = 20;

	public SampleInputs {
		coreCategories = new TreeSet<>(coreCategories);
		cases = cases.stream().sorted(Comparator.comparing(SampleCase::caseNumber)).toList();
	}

	/**
	 * The files of the registers whose date lies in the window, one per case number: its
	 * category and type from the first register holding it in the order 委托, 材料, 发放;
	 * difficult or unusual if any of its rows says so. With no core categories named, the
	 * most frequent category of the window is core (all of them on a tie).
	 */
	public static SampleInputs of(String taskId, String planId, String agencyId, LocalDate windowStart,
			LocalDate windowEnd, int sampleSize, Collection<String> coreCategories, Collection<Register> registers) {
		Map<RegisterKind, Register> byKind = new EnumMap<>(RegisterKind.class);
		registers.forEach((register) -> byKind.put(register.kind(), register));
		Map<String, Builder> files = new TreeMap<>();
		for (Register register : byKind.values()) {
			for (RegisterRow row : register.rows()) {
				if (!row.date().isBefore(windowStart) && !row.date().isAfter(windowEnd)) {
					files.computeIfAbsent(row.caseNumber(), (number) -> new Builder(row)).add(register.kind(), row);
				}
			}
		}
		List<SampleCase> cases = files.values().stream().map(Builder::build).toList();
		Set<String> core = new TreeSet<>(coreCategories);
		if (core.isEmpty()) {
			core = mostFrequent(cases);
		}
		return new SampleInputs(taskId, planId, agencyId, windowStart, windowEnd, sampleSize, core, cases);
	}

	private static Set<String> mostFrequent(List<SampleCase> cases) {
		Map<String, Integer> counts = new TreeMap<>();
		cases.forEach((file) -> counts.merge(file.category(), 1, Integer::sum));
		int max = counts.values().stream().max(Integer::compare).orElse(0);
		Set<String> core = new TreeSet<>();
		counts.forEach((category, count) -> {
			if (count == max) {
				core.add(category);
			}
		});
		return core;
	}

	public boolean isCore(SampleCase file) {
		return this.coreCategories.contains(file.category());
	}

	/** The JSON tree that is hashed. */
	public Map<String, Object> json() {
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("id", this.taskId);
		task.put("planId", this.planId);
		task.put("agencyId", this.agencyId);
		Map<String, Object> weights = new LinkedHashMap<>();
		weights.put("base", SampleWeights.BASE);
		weights.put("core", SampleWeights.CORE);
		weights.put("difficult", SampleWeights.DIFFICULT);
		weights.put("unusual", SampleWeights.UNUSUAL);
		List<Object> files = new ArrayList<>();
		this.cases.forEach((file) -> files.add(file.json(isCore(file))));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("algorithm", ALGORITHM);
		json.put("task", task);
		json.put("window", Map.of("from", this.windowStart.toString(), "to", this.windowEnd.toString()));
		json.put("sampleSize", this.sampleSize);
		json.put("coreCategories", List.copyOf(this.coreCategories));
		json.put("weights", weights);
		json.put("cases", files);
		return json;
	}

	public String canonicalJson() {
		return CanonicalJson.write(json());
	}

	/** Lowercase hex SHA-256 of the canonical JSON. */
	public String commitment() {
		return Hashes.sha256Hex(canonicalJson());
	}

	private static final class Builder {

		private final String caseNumber;

		private final String category;

		private final String type;

		private boolean difficult;

		private boolean unusual;

		private final SortedMap<RegisterKind, LocalDate> dates = new TreeMap<>();

		Builder(RegisterRow first) {
			this.caseNumber = first.caseNumber();
			this.category = first.category();
			this.type = first.type();
		}

		Builder add(RegisterKind kind, RegisterRow row) {
			this.difficult |= row.difficult();
			this.unusual |= row.unusual();
			this.dates.put(kind, row.date());
			return this;
		}

		SampleCase build() {
			return new SampleCase(this.caseNumber, this.category, this.type, this.difficult, this.unusual, this.dates);
		}

	}

}
