package org.shuangsuiji.registry.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * Computes an agency's flags for a day. Pure: the same agency, staffing and day give the
 * same flags.
 */
public final class AgencyFlags {

	/** How far ahead an expiry is announced. */
	public static final int EXPIRY_WARNING_DAYS = 90;

	/** Appraisers per category below which a category is understaffed (鄂州 item 3 ②). */
	public static final int MIN_PER_CATEGORY = 3;

	/** At or below this many appraisers the agency is flagged (鄂州 item 3 ①). */
	public static final int FEW_APPRAISERS = 5;

	private final PremisesThresholds premisesThresholds;

	public AgencyFlags(PremisesThresholds premisesThresholds) {
		this.premisesThresholds = premisesThresholds;
	}

	public FlagState compute(AgencyProfile profile, AgencyStatus status, StaffingSummary staffing, LocalDate today) {
		return new FlagState(flags(profile, status, staffing, today), today, nextChange(profile, today));
	}

	/** A cancelled agency no longer practises: it carries no flags. */
	public List<Flag> flags(AgencyProfile profile, AgencyStatus status, StaffingSummary staffing, LocalDate today) {
		List<Flag> flags = new ArrayList<>();
		if (status == AgencyStatus.CANCELLED) {
			return flags;
		}
		Licence licence = profile.licence();
		if (licence != null && licence.validUntil() != null) {
			expiry(licence.validUntil(), today, FlagKind.LICENCE_EXPIRED, FlagKind.LICENCE_EXPIRING,
					"许可证 " + licence.number())
				.ifPresent(flags::add);
		}
		for (Certificate certificate : profile.certificates()) {
			expiry(certificate.validUntil(), today, FlagKind.CERTIFICATE_EXPIRED, FlagKind.CERTIFICATE_EXPIRING,
					certificate.kind() + " " + certificate.number())
				.ifPresent(flags::add);
		}
		boolean accredited = profile.certificates().stream().anyMatch((c) -> c.validOn(today));
		if (!accredited) {
			for (BusinessCategory category : new TreeSet<>(profile.categories())) {
				if (category.accreditationRequired()) {
					flags.add(new Flag(FlagKind.ACCREDITATION_MISSING, category.chineseName()));
				}
			}
		}
		for (BusinessCategory category : new TreeSet<>(profile.categories())) {
			int count = staffing.inCategory(category);
			if (count < MIN_PER_CATEGORY) {
				flags.add(new Flag(FlagKind.CATEGORY_UNDERSTAFFED, category.chineseName() + ": " + count + " 人"));
			}
		}
		if (staffing.active() <= FEW_APPRAISERS) {
			flags.add(new Flag(FlagKind.FEW_APPRAISERS, staffing.active() + " 人"));
		}
		java.math.BigDecimal minimum = this.premisesThresholds.minimumFor(profile.regionCode());
		java.math.BigDecimal area = profile.premises().areaSquareMetres();
		if (area == null) {
			flags.add(new Flag(FlagKind.PREMISES_TOO_SMALL, "面积未登记, 要求 " + minimum.toPlainString() + " m²"));
		}
		else if (area.compareTo(minimum) < 0) {
			flags.add(new Flag(FlagKind.PREMISES_TOO_SMALL,
					area.stripTrailingZeros().toPlainString() + " m² < " + minimum.toPlainString() + " m²"));
		}
		if (staffing.trainingShort() > 0) {
			flags.add(new Flag(FlagKind.TRAINING_HOURS_SHORT, staffing.trainingShort() + " 人"));
		}
		for (Equipment equipment : profile.equipment()) {
			if (equipment.calibrationDue() != null && equipment.calibrationDue().isBefore(today)) {
				flags.add(new Flag(FlagKind.CALIBRATION_OVERDUE,
						equipment.name() + " 应于 " + equipment.calibrationDue() + " 校准"));
			}
		}
		if (profile.liability() == null || !profile.liability().validOn(today)) {
			flags.add(new Flag(FlagKind.LIABILITY_COVER_MISSING,
					(profile.liability() == null) ? "未登记" : "已于 " + profile.liability().validUntil() + " 到期"));
		}
		return flags;
	}

	/**
	 * The first day after {@code today} on which a date in the profile makes the flags
	 * differ (an expiry window opens, something expires, a certificate starts, a
	 * calibration falls due), or the next new year (training hours are judged per year).
	 */
	public static LocalDate nextChange(AgencyProfile profile, LocalDate today) {
		List<LocalDate> candidates = new ArrayList<>();
		candidates.add(LocalDate.of(today.getYear() + 1, 1, 1));
		if (profile.licence() != null) {
			addExpiry(profile.licence().validUntil(), candidates);
		}
		for (Certificate certificate : profile.certificates()) {
			addExpiry(certificate.validUntil(), candidates);
			if (certificate.validFrom() != null) {
				candidates.add(certificate.validFrom());
			}
		}
		for (Equipment equipment : profile.equipment()) {
			if (equipment.calibrationDue() != null) {
				candidates.add(equipment.calibrationDue().plusDays(1));
			}
		}
		if (profile.liability() != null && profile.liability().validUntil() != null) {
			candidates.add(profile.liability().validUntil().plusDays(1));
		}
		return candidates.stream().filter(today::isBefore).min(LocalDate::compareTo).orElseThrow();
	}

	private static void addExpiry(LocalDate validUntil, List<LocalDate> candidates) {
		if (validUntil != null) {
			candidates.add(validUntil.minusDays(EXPIRY_WARNING_DAYS));
			candidates.add(validUntil.plusDays(1));
		}
	}

	private static Optional<Flag> expiry(LocalDate validUntil, LocalDate today, FlagKind expired, FlagKind expiring,
			String what) {
		if (validUntil == null) {
			return Optional.empty();
		}
		if (validUntil.isBefore(today)) {
			return Optional.of(new Flag(expired, what + " 已于 " + validUntil + " 到期"));
		}
		if (!validUntil.isAfter(today.plusDays(EXPIRY_WARNING_DAYS))) {
			return Optional.of(new Flag(expiring, what + " 将于 " + validUntil + " 到期"));
		}
		return Optional.empty();
	}

}
