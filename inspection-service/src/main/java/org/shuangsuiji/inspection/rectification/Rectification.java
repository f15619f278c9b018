package org.shuangsuiji.inspection.rectification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * The rectification of one inspection (整改): its items, and when every item was accepted.
 *
 * @param taskId the inspection
 * @param planId its plan
 * @param agencyId the agency that rectifies
 * @param agencyName its name
 * @param organiser the organising bureau's region
 * @param items the items, in the order they were set
 * @param completedAt when the last item was accepted, else {@code null}
 * @param version the stored version ({@code null} before the first save)
 */
public record Rectification(String taskId, String planId, String agencyId, String agencyName, RegionCode organiser,
		List<RectificationItem> items, Instant completedAt, Long version) {

	public Rectification {
		items = List.copyOf(items);
	}

	public boolean complete() {
		return this.completedAt != null;
	}

	RectificationItem item(String itemId) {
		return this.items.stream()
			.filter((item) -> item.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("rectification-item-not-found",
					"inspection " + this.taskId + " has no rectification item " + itemId));
	}

	Rectification withAdded(List<RectificationItem> added) {
		List<RectificationItem> all = new ArrayList<>(this.items);
		all.addAll(added);
		return new Rectification(this.taskId, this.planId, this.agencyId, this.agencyName, this.organiser, all, null,
				this.version);
	}

	Rectification withItem(RectificationItem changed, Instant now) {
		List<RectificationItem> all = this.items.stream()
			.map((item) -> item.id().equals(changed.id()) ? changed : item)
			.toList();
		boolean done = all.stream().allMatch((item) -> item.status() == RectificationStatus.ACCEPTED);
		return new Rectification(this.taskId, this.planId, this.agencyId, this.agencyName, this.organiser, all,
				done ? now : null, this.version);
	}

}
