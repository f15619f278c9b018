package org.shuangsuiji.inspection.draw;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the draw draws from, as read from the registry (and, for last year's visits, from
 * this service's own tasks) when the draw was committed. Every list is sorted by id
 * (ties: by kind, person, agency) here, so the draw never depends on the order a database
 * returned records.
 *
 * @param agencies active agencies of the plan's scope
 * @param inspectors active inspectors of the organising region
 * @param experts active experts of the organising region
 * @param conflicts declared conflicts of interest (回避)
 * @param priorInspections who sat on a team for which agency in the previous year's plans
 */
public record PoolSnapshot(List<PoolAgency> agencies, List<PoolInspector> inspectors, List<PoolExpert> experts,
		List<PersonAgency> conflicts, List<PersonAgency> priorInspections) {

	public PoolSnapshot {
		agencies = sortedUnique(agencies, PoolAgency::id, "agency");
		inspectors = sortedUnique(inspectors, PoolInspector::id, "inspector");
		experts = sortedUnique(experts, PoolExpert::id, "expert");
		conflicts = List.copyOf(new TreeSet<>((conflicts != null) ? conflicts : List.of()));
		priorInspections = List.copyOf(new TreeSet<>((priorInspections != null) ? priorInspections : List.of()));
	}

	private static <T> List<T> sortedUnique(List<T> items, Function<T, String> id, String what) {
		List<T> sorted = ((items != null) ? items : List.<T>of()).stream().sorted(Comparator.comparing(id)).toList();
		Set<String> seen = new HashSet<>();
		for (T item : sorted) {
			if (!seen.add(id.apply(item))) {
				throw new IllegalArgumentException("the pool lists " + what + " " + id.apply(item) + " twice");
			}
		}
		return sorted;
	}

	Map<String, Object> canonical() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("agencies", this.agencies.stream().map(PoolAgency::canonical).toList());
		tree.put("inspectors", this.inspectors.stream().map(PoolInspector::canonical).toList());
		tree.put("experts", this.experts.stream().map(PoolExpert::canonical).toList());
		tree.put("conflicts", this.conflicts.stream().map(PersonAgency::canonical).toList());
		tree.put("priorInspections", this.priorInspections.stream().map(PersonAgency::canonical).toList());
		return tree;
	}

}
