package org.shuangsuiji.inspection.plan;

/**
 * The life of a plan. Each status can only move to the next one; a draft is the only
 * status in which the terms may change, and the only one hidden from the province and the
 * public.
 */
public enum PlanStatus {

	/** 草稿: seen by the organising bureau only. */
	DRAFT,
	/** 已发布: visible to the bureau above (报上一级备案) and to the public; ready to draw. */
	PUBLISHED,
	/** 已抽取: agencies and teams drawn, tasks created. */
	DRAWN,
	/** 实施中: on-site inspections under way. */
	IN_PROGRESS,
	/** 已结束: every inspection finished. */
	CLOSED,
	/** 已公开: results disclosed to the public (一公开). */
	DISCLOSED;

	/** Whether the plan has been published (every status but {@link #DRAFT}). */
	public boolean isPublished() {
		return this != DRAFT;
	}

	/** The status that follows this one, or {@code null} for {@link #DISCLOSED}. */
	public PlanStatus next() {
		int next = ordinal() + 1;
		return (next < values().length) ? values()[next] : null;
	}

}
