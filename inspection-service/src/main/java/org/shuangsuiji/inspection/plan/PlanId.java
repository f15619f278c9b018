package org.shuangsuiji.inspection.plan;

import java.util.UUID;

/** The identity of a plan; a random UUID chosen when the plan is created. */
public record PlanId(String value) {

	public PlanId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("plan id must not be blank");
		}
	}

	public static PlanId random() {
		return new PlanId(UUID.randomUUID().toString());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
