package org.shuangsuiji.inspection.registry.client;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.shuangsuiji.platform.web.client.DependencyCalls;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The registry-service endpoints the draw and the fact sheet read (all idempotent GETs).
 */
@HttpExchange("/api/registry")
public interface RegistryClient {

	/**
	 * How a failed call to registry-service reads as a problem, for every adapter of this
	 * package.
	 */
	DependencyCalls REGISTRY = new DependencyCalls("registry-service", "registry-unavailable");

	/**
	 * Active agencies of the region subtree, practising any of the categories (all if
	 * none given).
	 */
	@GetExchange("/pools/agencies")
	List<Agency> agencies(@RequestParam("region") String region,
			@RequestParam(name = "category", required = false) List<String> categories);

	@GetExchange("/pools/inspectors")
	List<Inspector> inspectors(@RequestParam("region") String region);

	@GetExchange("/pools/experts")
	List<Expert> experts(@RequestParam("region") String region);

	/** One agency with its certificates, as the caller may read it. */
	@GetExchange("/agencies/{id}")
	AgencyDetail agency(@PathVariable("id") String id);

	@GetExchange("/conflicts")
	List<Conflict> conflicts(@RequestParam("region") String region);

	/** An agency of the pool. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Agency(String id, String name, String creditCode, String regionCode, List<String> categories,
			String status) {
	}

	/** What a fact sheet takes from an agency's full record. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record AgencyDetail(String id, String name, String creditCode, String regionCode, List<Certificate> certificates) {
	}

	/** A CMA or CNAS certificate ({@code kind}), its number, issuer and validity. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Certificate(String kind, String number, String issuer, LocalDate validFrom, LocalDate validUntil) {
	}

	/** An inspector (执法检查人员); {@code lawEnforcementCertNo} is the 执法证号. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Inspector(String id, String name, String lawEnforcementCertNo, String unit, String regionCode,
			boolean active) {
	}

	/** An expert (鉴定专家) and the categories they may judge. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Expert(String id, String name, List<String> specialities, String regionCode, boolean active) {
	}

	/**
	 * A declared conflict of interest (回避); {@code personKind} is INSPECTOR or EXPERT.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Conflict(String personId, String personKind, String agencyId, String kind, String reason,
			LocalDate declaredOn) {
	}

}
