package org.shuangsuiji.localrun.matrix;

import java.util.EnumSet;
import java.util.Set;

import static org.shuangsuiji.localrun.matrix.Column.AGENCY_OTHER;
import static org.shuangsuiji.localrun.matrix.Column.AGENCY_OWN;
import static org.shuangsuiji.localrun.matrix.Column.ANONYMOUS;
import static org.shuangsuiji.localrun.matrix.Column.CITY_IN;
import static org.shuangsuiji.localrun.matrix.Column.CITY_OUT;
import static org.shuangsuiji.localrun.matrix.Column.COUNTY_IN;
import static org.shuangsuiji.localrun.matrix.Column.COUNTY_OUT;
import static org.shuangsuiji.localrun.matrix.Column.EXPERT_OFF;
import static org.shuangsuiji.localrun.matrix.Column.INSPECTOR_OFF;
import static org.shuangsuiji.localrun.matrix.Column.INSPECTOR_ON;
import static org.shuangsuiji.localrun.matrix.Column.MINISTRY;
import static org.shuangsuiji.localrun.matrix.Column.PROVINCE_IN;
import static org.shuangsuiji.localrun.matrix.Column.PROVINCE_OUT;

/**
 * Who may pass an operation's door (DESIGN "Roles", ADR 0404), as the set of matrix
 * callers it admits for the probed 原阳/新乡 record. Everyone else is refused: anonymous
 * callers with 401, signed-in ones with the row's refusal (403 unless the row says 404),
 * the ministry with 403 wherever it is not admitted (ADR 0006: the gateway's wall or the
 * service's, before any record is looked up).
 */
enum Door {

	/** 一公开: anyone, without a login. */
	PUBLIC(EnumSet.allOf(Column.class)),

	/**
	 * Any platform role but the ministry; what comes back is filtered to the caller's
	 * scope.
	 */
	SIGNED_IN(EnumSet.complementOf(EnumSet.of(ANONYMOUS, MINISTRY))),

	/** Any platform role, the ministry included (the region tree: public facts). */
	SIGNED_IN_OR_MINISTRY(EnumSet.complementOf(EnumSet.of(ANONYMOUS))),

	/**
	 * Any platform role but inspectors and experts off the task's team (a task's sheets:
	 * bureaus see them filtered to their region, an agency its own submitted ones).
	 */
	SIGNED_IN_BUT_OTHER_TEAMS(EnumSet.of(PROVINCE_IN, PROVINCE_OUT, CITY_IN, CITY_OUT, COUNTY_IN, COUNTY_OUT,
			INSPECTOR_ON, AGENCY_OWN, AGENCY_OTHER)),

	/** Any bureau (province, city, county); the answer is filtered to its region. */
	BUREAU(EnumSet.of(PROVINCE_IN, PROVINCE_OUT, CITY_IN, CITY_OUT, COUNTY_IN, COUNTY_OUT)),

	/**
	 * Any bureau over its own region, and the ministry over the nation (a dashboard asked
	 * without a region).
	 */
	BUREAU_OR_MINISTRY(EnumSet.of(PROVINCE_IN, PROVINCE_OUT, CITY_IN, CITY_OUT, COUNTY_IN, COUNTY_OUT, MINISTRY)),

	/** A province or city bureau, for its own region (plans, templates, draws). */
	CITY_OR_PROVINCE(EnumSet.of(PROVINCE_IN, PROVINCE_OUT, CITY_IN, CITY_OUT)),

	/**
	 * The bureau of exactly the plan's organising region 410700 (PlanAccess: the city,
	 * not the province above it).
	 */
	PLAN_OWNER(EnumSet.of(CITY_IN)),

	/**
	 * The plan's organising city, or an inspector or expert the draw put on any of its
	 * teams (who the draw's refs are, ADR 0405: each drawn person sees their own entry).
	 */
	PLAN_OWNER_OR_DRAWN(EnumSet.of(CITY_IN, INSPECTOR_ON, INSPECTOR_OFF)),

	/** The plan's organising city or the agency's own account. */
	PLAN_OWNER_OR_OWN_AGENCY(EnumSet.of(CITY_IN, AGENCY_OWN)),

	/**
	 * Everyone whose region overlaps the published plan's (the province above, the
	 * counties inside, the area's inspectors, experts and agencies).
	 */
	PLAN_AREA(EnumSet.of(PROVINCE_IN, CITY_IN, COUNTY_IN, COUNTY_OUT, INSPECTOR_ON, INSPECTOR_OFF, EXPERT_OFF,
			AGENCY_OWN, AGENCY_OTHER)),

	/**
	 * A bureau covering the agency, a pool person of its region, or the agency itself
	 * (registry AgencyAccess).
	 */
	STAFF_COVERING_OR_OWN_AGENCY(
			EnumSet.of(PROVINCE_IN, CITY_IN, COUNTY_IN, INSPECTOR_ON, INSPECTOR_OFF, EXPERT_OFF, AGENCY_OWN)),

	/** The province covering the record. */
	PROVINCE_COVERING(EnumSet.of(PROVINCE_IN)),

	/** The organiser: the city or province bureau covering the plan's region 410700. */
	ORGANISER(EnumSet.of(PROVINCE_IN, CITY_IN)),

	/**
	 * The bureaus covering 410700 and the ministry, which reads any region's dashboard.
	 */
	ORGANISER_OR_MINISTRY(EnumSet.of(PROVINCE_IN, CITY_IN, MINISTRY)),

	/** A bureau covering the agency's region 410725: its province, city and county. */
	BUREAU_COVERING_AGENCY(EnumSet.of(PROVINCE_IN, CITY_IN, COUNTY_IN)),

	/** A current member of the task's team (ADR 0404 relation TEAM). */
	TEAM_OF_TASK(EnumSet.of(INSPECTOR_ON)),

	/**
	 * The team or the inspected agency: who uploads evidence (which kinds, and whether
	 * still now, the upload itself says).
	 */
	TEAM_OR_OWN_AGENCY(EnumSet.of(INSPECTOR_ON, AGENCY_OWN)),

	/** The organiser or the team. */
	ORGANISER_OR_TEAM(EnumSet.of(PROVINCE_IN, CITY_IN, INSPECTOR_ON)),

	/** The task's readers: every bureau covering the agency, the team, the agency. */
	BUREAU_OR_TEAM_OR_OWN_AGENCY(EnumSet.of(PROVINCE_IN, CITY_IN, COUNTY_IN, INSPECTOR_ON, AGENCY_OWN)),

	/** A bureau covering the agency, or the team. */
	BUREAU_OR_TEAM(EnumSet.of(PROVINCE_IN, CITY_IN, COUNTY_IN, INSPECTOR_ON)),

	/** The inspected agency's own account. */
	AGENCY_OWN_ONLY(EnumSet.of(AGENCY_OWN)),

	/**
	 * Any agency account, acting for its own agency (the agency comes from the token).
	 */
	ANY_AGENCY(EnumSet.of(AGENCY_OWN, AGENCY_OTHER));

	private final Set<Column> admitted;

	Door(Set<Column> admitted) {
		this.admitted = admitted;
	}

	boolean admits(Column column) {
		return this.admitted.contains(column);
	}

}
