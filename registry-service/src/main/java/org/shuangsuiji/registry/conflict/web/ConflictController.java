package org.shuangsuiji.registry.conflict.web;

import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.conflict.ConflictKind;
import org.shuangsuiji.registry.conflict.ConflictOfInterest;
import org.shuangsuiji.registry.conflict.ConflictService;
import org.shuangsuiji.registry.conflict.PersonKind;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Declared conflicts of interest; the list is a contract the draw reads for recusal. */
@RestController
public class ConflictController {

	private final ConflictService conflicts;

	public ConflictController(ConflictService conflicts) {
		this.conflicts = conflicts;
	}

	@GetMapping("/api/registry/conflicts")
	List<ConflictResponse> inForce(Caller caller, @RequestParam RegionCode region) {
		return this.conflicts.inForce(caller, region).stream().map(ConflictResponse::of).toList();
	}

	@PostMapping("/api/registry/conflicts")
	ResponseEntity<DeclarationResponse> declare(Caller caller, @RequestBody ConflictRequest request) {
		ConflictOfInterest saved = this.conflicts.declare(caller, request.personId(), request.personKind(),
				request.agencyId(), request.kind(), request.reason(), request.declaredOn());
		return ResponseEntity.status(HttpStatus.CREATED).body(DeclarationResponse.of(saved));
	}

	@PostMapping("/api/registry/conflicts/{id}/withdrawal")
	DeclarationResponse withdraw(Caller caller, @PathVariable String id, @RequestBody WithdrawalRequest request) {
		return DeclarationResponse.of(this.conflicts.withdraw(caller, id, request.reason()));
	}

	/** A declaration to record. */
	public record ConflictRequest(String personId, PersonKind personKind, String agencyId, ConflictKind kind,
			String reason, LocalDate declaredOn) {
	}

	/**
	 * Why a declaration is withdrawn.
	 *
	 * @param reason why
	 */
	public record WithdrawalRequest(String reason) {
	}

	/**
	 * A declaration in force, in the shape the draw reads; its id is what a withdrawal
	 * names.
	 */
	public record ConflictResponse(String id, String personId, String personKind, String agencyId, String kind,
			String reason, LocalDate declaredOn) {

		static ConflictResponse of(ConflictOfInterest c) {
			return new ConflictResponse(c.id(), c.personId(), c.personKind().name(), c.agencyId(), c.kind().name(),
					c.reason(), c.declaredOn());
		}

	}

	/**
	 * A declaration with its id and withdrawal, as returned to the bureau that keeps it.
	 */
	public record DeclarationResponse(String id, String personId, String personKind, String agencyId, String kind,
			String reason, LocalDate declaredOn, boolean inForce) {

		static DeclarationResponse of(ConflictOfInterest c) {
			return new DeclarationResponse(c.id(), c.personId(), c.personKind().name(), c.agencyId(), c.kind().name(),
					c.reason(), c.declaredOn(), c.inForce());
		}

	}

}
