package org.shuangsuiji.inspection.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.shuangsuiji.inspection.audit.AuditEntry;
import org.shuangsuiji.inspection.audit.AuditVerification;
import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for the city and province bureaus: entries of plans in their region,
 * and a check of the whole chain.
 */
@RestController
@RequestMapping("/api/inspections/audit")
@PreAuthorize("hasAnyRole('city','province')")
@Validated
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	List<AuditEntryResponse> entries(Caller caller, @RequestParam(required = false) String subjectId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return this.trail.find(caller.region().prefix(), subjectId, page, size)
			.stream()
			.map(AuditEntryResponse::of)
			.toList();
	}

	/** Re-hashes every entry from the first; the first broken link is named. */
	@GetMapping("/verification")
	AuditVerification verify() {
		return this.trail.verify();
	}

	/** An entry as shown. */
	record AuditEntryResponse(long seq, Instant at, String actorId, String actorName, String action, String subjectType,
			String subjectId, String region, Map<String, String> details, String previousHash, String hash) {

		static AuditEntryResponse of(AuditEntry entry) {
			return new AuditEntryResponse(entry.seq(), entry.at(), entry.actor().userId(), entry.actor().name(),
					entry.action(), entry.subjectType(), entry.subjectId(), entry.region(), entry.details(),
					entry.previousHash(), entry.hash());
		}

	}

}
