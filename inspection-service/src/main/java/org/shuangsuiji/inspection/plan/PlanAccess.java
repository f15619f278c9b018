package org.shuangsuiji.inspection.plan;

import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * Who may see and run a plan.
 * <ul>
 * <li>Manage (create, revise, publish, draw, replace, advance): a {@code city} or
 * {@code province} user of exactly the organising region.</li>
 * <li>Read a draft: the same organiser only. A draft is invisible (404) to everybody
 * else, the province included.</li>
 * <li>Read a published plan: any signed-in user whose region overlaps the plan's scope:
 * the province above a city plan (报上一级备案), the counties inside it, the inspectors,
 * experts and agencies of the area. The public reads it through the public API.</li>
 * </ul>
 */
public final class PlanAccess {

	private PlanAccess() {
	}

	public static boolean canManage(Caller caller, RegionCode organisingRegion) {
		return caller.hasAny(Role.CITY, Role.PROVINCE) && caller.region().equals(organisingRegion);
	}

	public static void requireManage(Caller caller, RegionCode organisingRegion) {
		if (!canManage(caller, organisingRegion)) {
			throw new OutOfScopeException("only the city or province bureau of " + organisingRegion
					+ " may manage its plans; the caller is " + caller.region());
		}
	}

	public static boolean canRead(Caller caller, Plan plan) {
		if (!plan.status().isPublished()) {
			return canManage(caller, plan.terms().region());
		}
		return overlaps(caller.region(), plan.terms().scope().region())
				|| overlaps(caller.region(), plan.terms().region());
	}

	/**
	 * Throws 404 for a draft the caller may not see (its existence is not disclosed) and
	 * 403 for a published plan outside the caller's region.
	 */
	public static void requireRead(Caller caller, Plan plan) {
		if (canRead(caller, plan)) {
			return;
		}
		if (!plan.status().isPublished()) {
			throw new NotFoundException("plan-not-found", "no plan " + plan.id());
		}
		throw new OutOfScopeException("plan " + plan.id() + " does not touch the caller's region " + caller.region());
	}

	/** Reads and then requires the caller to be the organiser (403 otherwise). */
	public static void requireManage(Caller caller, Plan plan) {
		requireRead(caller, plan);
		requireManage(caller, plan.terms().region());
	}

	static boolean overlaps(RegionCode a, RegionCode b) {
		return a.covers(b) || b.covers(a);
	}

}
