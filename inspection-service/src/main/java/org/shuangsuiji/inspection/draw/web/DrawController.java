package org.shuangsuiji.inspection.draw.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.draw.DrawService;
import org.shuangsuiji.inspection.plan.ManagedPlan;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drawing a published plan, for its organising bureau. The public reads the result at
 * {@code /api/public/inspections/plans/{id}/draw}.
 */
@RestController
@RequestMapping("/api/inspections/plans/{id}/draw")
@PreAuthorize("hasAnyRole('city','province')")
class DrawController {

	private final DrawService draws;

	private final PlanService plans;

	DrawController(DrawService draws, PlanService plans) {
		this.draws = draws;
		this.plans = plans;
	}

	/**
	 * The organiser's copy of the draw record: the public record with each team member's
	 * registry id and name beside the ref (ADR 0405).
	 */
	@GetMapping
	DrawView get(Caller caller, @PathVariable String id) {
		DrawService.PublicDraw draw = this.draws.organiserDraw(caller, new PlanId(id));
		return DrawView.of(draw.plan(), draw.record(), true);
	}

	/**
	 * Snapshots the pools and records their commitment, to be published before the seed
	 * is known.
	 */
	@PostMapping("/commitment")
	ResponseEntity<DrawView> commit(Caller caller, @PathVariable String id) {
		return created(id, this.draws.commit(caller, new PlanId(id)));
	}

	/**
	 * Draws. With {@code seed} (a notary's number, a lottery result, a beacon value)
	 * after a recorded commitment; without, the server generates the seed.
	 */
	@PostMapping
	ResponseEntity<DrawView> draw(Caller caller, @PathVariable String id,
			@Valid @RequestBody(required = false) DrawRequest request) {
		DrawRequest body = (request != null) ? request : new DrawRequest(null, null);
		return created(id, this.draws.draw(caller, new PlanId(id), blankToNull(body.seed()), body.seedNote()));
	}

	/**
	 * Replaces a person on a team or a drawn agency: a recorded event with a reason. It
	 * takes no seed (ADR 0405: its chance follows from the draw's committed secret and
	 * seed); a request that sends one is refused, not silently ignored.
	 */
	@PostMapping("/replacements")
	ResponseEntity<DrawView> replace(Caller caller, @PathVariable String id, @RequestBody ReplacementRequest request,
			BodyValidator bodies) {
		ManagedPlan plan = this.plans.requireManage(caller, new PlanId(id));
		bodies.valid(request);
		if (request.seed() != null || request.seedNote() != null) {
			String field = (request.seed() != null) ? "seed" : "seedNote";
			throw new InvalidInputException("replacement-seed-not-accepted", field,
					"a replacement takes no seed: its chance follows from the draw's committed secret and seed "
							+ "(stream \"replacement:<seq>\"), so nobody can choose it");
		}
		DrawRecord record;
		if (request.type() == ReplacementType.PERSON) {
			if (request.personKind() == null || request.personId() == null || request.personId().isBlank()) {
				throw new InvalidInputException("replacement-invalid", "personId",
						"a PERSON replacement names personKind and personId");
			}
			record = this.draws.replacePerson(plan, request.agencyId(),
					new TeamMember(request.personKind(), request.personId()), request.reason());
		}
		else {
			record = this.draws.replaceAgency(plan, request.agencyId(), request.reason());
		}
		return created(id, new DrawService.PublicDraw(plan.subject(), record));
	}

	/** The plan is the one the service held: read again, it would answer the same. */
	private static ResponseEntity<DrawView> created(String id, DrawService.PublicDraw draw) {
		return ResponseEntity.created(URI.create("/api/public/inspections/plans/" + id + "/draw"))
			.body(DrawView.of(draw.plan(), draw.record(), true));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/** An operator's seed and where it comes from; both optional. */
	record DrawRequest(@Size(max = 256) String seed, @Size(max = 500) String seedNote) {
	}

	/** What a replacement replaces. */
	enum ReplacementType {

		PERSON, AGENCY

	}

	/**
	 * A replacement: PERSON names the person, AGENCY only the agency. {@code seed} and
	 * {@code seedNote} are only read to refuse them (400).
	 */
	record ReplacementRequest(@NotNull ReplacementType type, @NotBlank String agencyId, PersonKind personKind,
			String personId, @NotBlank @Size(max = 500) String reason, String seed, String seedNote) {
	}

}
