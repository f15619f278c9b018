package org.shuangsuiji.inspection.draw.web;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.draw.DrawIdentities;
import org.shuangsuiji.inspection.draw.DrawService;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the refs of a draw are, with the free texts the public record leaves out (ADR
 * 0405): the organising bureau sees everything, a drawn inspector or expert only their
 * own entry (to check their ref), everyone else 403.
 */
@RestController
class DrawIdentitiesController {

	private final DrawService draws;

	DrawIdentitiesController(DrawService draws) {
		this.draws = draws;
	}

	@GetMapping("/api/inspections/plans/{id}/draw/identities")
	DrawIdentitiesView identities(Caller caller, @PathVariable String id) {
		return DrawIdentitiesView.of(this.draws.identities(caller, new PlanId(id)));
	}

	/**
	 * {@code people} in (kind, ref) order; {@code weights}, {@code replacements},
	 * {@code committedBy} and {@code drawnBy} are empty or {@code null} for a team
	 * member.
	 */
	record DrawIdentitiesView(String algorithm, List<DrawPersonView> people, List<DrawWeightView> weights,
			List<DrawReplacementNoteView> replacements, String committedBy, String drawnBy) {

		static DrawIdentitiesView of(DrawIdentities identities) {
			return new DrawIdentitiesView(identities.algorithm().label(),
					identities.people()
						.stream()
						.map((p) -> new DrawPersonView(p.kind().name(), p.ref(), p.personId(), p.name(),
								p.lawEnforcementCertNo()))
						.toList(),
					identities.weights()
						.stream()
						.map((w) -> new DrawWeightView(w.agencyId(), w.weight(), w.reason()))
						.toList(),
					identities.replacements()
						.stream()
						.map((r) -> new DrawReplacementNoteView(r.seq(), r.reason(), name(r.by()), r.at()))
						.toList(),
					name(identities.committedBy()), name(identities.drawnBy()));
		}

		private static String name(Actor actor) {
			return (actor != null) ? actor.name() : null;
		}

	}

	/** A person of the pool: {@code lawEnforcementCertNo} for inspectors only. */
	record DrawPersonView(String kind, String ref, String personId, String name, String lawEnforcementCertNo) {
	}

	/** A published weight and its reason. */
	record DrawWeightView(String agencyId, int weight, String reason) {
	}

	/** A replacement's reason and who recorded it. */
	record DrawReplacementNoteView(int seq, String reason, String by, Instant at) {
	}

}
