package org.shuangsuiji.inspection.registry.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.shuangsuiji.inspection.draw.PersonAgency;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.draw.PoolExpert;
import org.shuangsuiji.inspection.draw.PoolInspector;
import org.shuangsuiji.inspection.draw.RegistryPool;
import org.shuangsuiji.inspection.draw.RegistryPoolReader;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Reads the pools for a draw from registry-service. Keeps only what the draw may use:
 * agencies with status ACTIVE inside the scope, active people. Any failure of the
 * registry (down, timing out, the circuit open, an answer that breaks the contract)
 * becomes a 503 before anything is written.
 */
public class HttpRegistryPoolReader implements RegistryPoolReader {

	private final RegistryClient client;

	public HttpRegistryPoolReader(RegistryClient client) {
		this.client = client;
	}

	@Override
	public RegistryPool read(RegionCode scope, List<BusinessCategory> categories, RegionCode organisingRegion) {
		// No category reads as all of them: the parameter is then left out.
		List<String> codes = categories.isEmpty() ? null : categories.stream().map(BusinessCategory::name).toList();
		List<PoolAgency> agencies = new ArrayList<>();
		for (RegistryClient.Agency agency : call(() -> this.client.agencies(scope.value(), codes))) {
			RegionCode region = region(agency.regionCode(), "agency " + agency.id());
			if ("ACTIVE".equals(agency.status()) && scope.covers(region)) {
				agencies.add(new PoolAgency(agency.id(), agency.name(), agency.creditCode(), region,
						categories(agency.categories(), "agency " + agency.id())));
			}
		}
		String people = organisingRegion.value();
		List<PoolInspector> inspectors = new ArrayList<>();
		for (RegistryClient.Inspector inspector : call(() -> this.client.inspectors(people))) {
			if (inspector.active()) {
				inspectors.add(new PoolInspector(inspector.id(), inspector.name(), inspector.lawEnforcementCertNo(),
						region(inspector.regionCode(), "inspector " + inspector.id())));
			}
		}
		List<PoolExpert> experts = new ArrayList<>();
		for (RegistryClient.Expert expert : call(() -> this.client.experts(people))) {
			if (expert.active()) {
				experts.add(
						new PoolExpert(expert.id(), expert.name(), region(expert.regionCode(), "expert " + expert.id()),
								categories(expert.specialities(), "expert " + expert.id())));
			}
		}
		List<PersonAgency> conflicts = new ArrayList<>();
		for (RegistryClient.Conflict conflict : call(() -> this.client.conflicts(people))) {
			PersonKind kind = personKind(conflict.personKind());
			conflicts.add(new PersonAgency(kind, conflict.personId(), conflict.agencyId()));
		}
		return new RegistryPool(agencies, inspectors, experts, conflicts);
	}

	private static <T> List<T> call(Supplier<List<T>> call) {
		List<T> result = RegistryClient.REGISTRY.call(call);
		return (result != null) ? result : List.of();
	}

	private static RegionCode region(String code, String what) {
		return RegionCode.parse(code)
			.orElseThrow(() -> RegistryClient.REGISTRY
				.unavailable("registry-service listed " + what + " with region code " + code));
	}

	private static List<BusinessCategory> categories(List<String> codes, String what) {
		List<BusinessCategory> categories = new ArrayList<>();
		for (String code : (codes != null) ? codes : List.<String>of()) {
			Optional<BusinessCategory> category = BusinessCategory.parse(code);
			categories.add(category.orElseThrow(() -> RegistryClient.REGISTRY
				.unavailable("registry-service listed " + what + " with category " + code)));
		}
		return categories;
	}

	private static PersonKind personKind(String kind) {
		try {
			return PersonKind.valueOf(kind);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw RegistryClient.REGISTRY.unavailable("registry-service listed a conflict with person kind " + kind);
		}
	}

}
