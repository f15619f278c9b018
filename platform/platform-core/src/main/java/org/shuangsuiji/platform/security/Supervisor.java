package org.shuangsuiji.platform.security;

import org.shuangsuiji.platform.problem.OutOfScopeException;
import org.shuangsuiji.platform.region.Area;

/**
 * Who reads the supervision dashboards, and over which area: a justice bureau (province,
 * city or county) over its own region, the ministry (司法部公共法律服务管理局) over the whole
 * country. Only the dashboards take one. A ministry token never becomes a {@link Caller},
 * so no other door admits the ministry by accident (ADR 0006).
 *
 * @param userId the token subject
 * @param displayName a name to show
 * @param area the area the supervisor may read
 */
public record Supervisor(String userId, String displayName, Area area) {

	public Supervisor {
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("supervisor needs a user id");
		}
		if (area == null) {
			throw new IllegalArgumentException("supervisor needs an area");
		}
		displayName = (displayName == null || displayName.isBlank()) ? userId : displayName;
	}

	/**
	 * A bureau supervises its own region.
	 * @throws OutOfScopeException for inspectors, experts and agencies
	 */
	public static Supervisor of(Caller caller) {
		caller.requireBureau();
		return new Supervisor(caller.userId(), caller.displayName(), Area.of(caller.region()));
	}

	/** The ministry supervises the whole country. */
	public static Supervisor ministry(String userId, String displayName) {
		return new Supervisor(userId, displayName, Area.NATION);
	}

	/**
	 * The area to read: {@code asked}, or the supervisor's own when none is named.
	 * @throws OutOfScopeException when {@code asked} lies outside the supervisor's area
	 */
	public Area requireWithin(Area asked) {
		Area wanted = (asked != null) ? asked : this.area;
		if (!this.area.covers(wanted)) {
			throw new OutOfScopeException("area " + wanted + " is outside the caller's area " + this.area);
		}
		return wanted;
	}

}
