package org.shuangsuiji.registry.appraiser;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.naming.ChineseNamed;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.input.Categories;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.input.Text;

/** The rules an appraiser record must meet. */
public final class AppraiserRules {

	private static final Pattern CERTIFICATE_NO = Pattern.compile("[0-9A-Za-z\\-]{4,32}");

	private AppraiserRules() {
	}

	/**
	 * Checks the input against the agency it names: name and certificate number present
	 * and well formed (400), categories known (422) and within the agency's business
	 * scope (422), training years sane (400), issue date not in the future (422).
	 */
	public static Optional<Appraiser> appraiser(String id, AppraiserInput input, Agency agency, Long version,
			LocalDate today, Problems problems) {
		int before = problems.all().size();
		String name = Text.clean(input.name());
		if (name == null) {
			problems.malformed("invalid-input", "name", "is required");
		}
		String certificateNo = Text.clean(input.certificateNo());
		if (certificateNo == null) {
			problems.malformed("invalid-input", "certificateNo", "the practice certificate number (执业证号) is required");
		}
		else if (!CERTIFICATE_NO.matcher(certificateNo).matches()) {
			problems.malformed("invalid-input", "certificateNo",
					"'" + certificateNo + "' is not a practice certificate number (4-32 letters, digits or -)");
		}
		AppraiserStatus status = AppraiserStatus.ACTIVE;
		if (!Text.isBlank(input.status())) {
			Optional<AppraiserStatus> parsed = ChineseNamed.parse(AppraiserStatus.class, input.status());
			if (parsed.isEmpty()) {
				problems.malformed("invalid-input", "status",
						"'" + input.status() + "' is not ACTIVE, SUSPENDED, LEFT or CANCELLED");
			}
			else {
				status = parsed.get();
			}
		}
		Set<BusinessCategory> categories = Categories.parse(input.categories(), "categories", true, problems);
		if (agency != null) {
			for (BusinessCategory category : categories) {
				if (!agency.profile().categories().contains(category)) {
					problems.rule("category-outside-agency-scope", "categories", category.chineseName()
							+ " is not among the business categories of " + agency.profile().name());
				}
			}
		}
		Set<Integer> years = new HashSet<>();
		for (int i = 0; i < input.training().size(); i++) {
			TrainingYear year = input.training().get(i);
			if (year.hours() < 0 || year.hours() > 2000) {
				problems.malformed("invalid-input", "training[" + i + "].hours", "hours must be between 0 and 2000");
			}
			if (year.year() < 1980 || year.year() > today.getYear()) {
				problems.rule("dates-out-of-order", "training[" + i + "].year",
						year.year() + " is not a past or current year");
			}
			if (!years.add(year.year())) {
				problems.malformed("invalid-input", "training[" + i + "].year",
						"year " + year.year() + " is given twice");
			}
		}
		if (input.certificateIssuedOn() != null && input.certificateIssuedOn().isAfter(today)) {
			problems.rule("dates-out-of-order", "certificateIssuedOn",
					input.certificateIssuedOn() + " is in the future");
		}
		if (problems.all().size() > before || agency == null) {
			return Optional.empty();
		}
		return Optional.of(new Appraiser(id, name, certificateNo, input.certificateIssuedOn(), agency.id(),
				agency.profile().regionCode(), categories, List.copyOf(input.training()), status, version));
	}

	/**
	 * 新乡 item 6: an appraiser may practise at one agency only. Moving the record of an
	 * appraiser who is still active at another agency is refused with 409; the old agency
	 * must first record that the appraiser left.
	 */
	public static void requireSinglePractice(Optional<Appraiser> existing, String targetAgencyId,
			String targetAgencyName, String existingAgencyName) {
		existing.filter(Appraiser::active).filter((a) -> !a.agencyId().equals(targetAgencyId)).ifPresent((a) -> {
			throw new ConflictException("appraiser-active-elsewhere",
					"appraiser " + a.certificateNo() + " " + a.name() + " is still active at " + existingAgencyName
							+ "; record that they left before registering them at " + targetAgencyName)
				.with("field", "certificateNo")
				.with("agencyId", a.agencyId());
		});
	}

}
