package org.shuangsuiji.registry.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.input.Categories;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.input.Text;
import org.shuangsuiji.registry.region.RegionTree;
import org.shuangsuiji.registry.region.Regions;

/**
 * Turns an {@link AgencyInput} into an {@link AgencyProfile}, collecting every fault: a
 * bad credit code or a missing name is malformed (400), an unknown region or category or
 * dates out of order break a rule (422).
 */
public final class AgencyRules {

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() 转,，、]{5,40}");

	private AgencyRules() {
	}

	/** The profile, or empty with {@code problems} saying why. */
	public static Optional<AgencyProfile> profile(AgencyInput input, RegionTree tree, Problems problems) {
		int before = problems.all().size();
		String name = required(input.name(), "name", 200, problems);
		CreditCode creditCode = null;
		String code = CreditCode.normalize(input.creditCode());
		Optional<String> codeProblem = CreditCode.problemWith(code);
		if (codeProblem.isPresent()) {
			problems.malformed("credit-code-invalid", "creditCode", codeProblem.get());
		}
		else {
			creditCode = new CreditCode(code);
		}
		RegionCode region = Regions.parse(input.regionCode(), "regionCode", true, tree, problems).orElse(null);
		Set<BusinessCategory> categories = Categories.parse(input.categories(), "categories", true, problems);
		String phone = Text.clean(input.contactPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.malformed("invalid-input", "contactPhone", "'" + phone + "' is not a phone number");
		}
		Licence licence = input.licence();
		if (licence != null) {
			if (Text.isBlank(licence.number())) {
				problems.malformed("invalid-input", "licence.number", "the licence (许可证) number is required");
			}
			inOrder(licence.validFrom(), licence.validUntil(), "licence.validUntil", problems);
		}
		List<Certificate> certificates = new ArrayList<>();
		for (int i = 0; i < input.certificates().size(); i++) {
			Certificate certificate = input.certificates().get(i);
			String field = "certificates[" + i + "]";
			if (certificate.kind() == null) {
				problems.malformed("invalid-input", field + ".kind", "CMA or CNAS is required");
			}
			if (Text.isBlank(certificate.number())) {
				problems.malformed("invalid-input", field + ".number", "the certificate number is required");
			}
			if (certificate.validUntil() == null) {
				problems.malformed("invalid-input", field + ".validUntil", "the expiry date (有效期) is required");
			}
			inOrder(certificate.validFrom(), certificate.validUntil(), field + ".validUntil", problems);
			certificates.add(certificate);
		}
		Premises premises = (input.premises() != null) ? input.premises() : Premises.unknown();
		if (premises.areaSquareMetres() != null && premises.areaSquareMetres().compareTo(BigDecimal.ZERO) < 0) {
			problems.malformed("invalid-input", "premises.areaSquareMetres", "the area cannot be negative");
		}
		for (int i = 0; i < input.equipment().size(); i++) {
			if (Text.isBlank(input.equipment().get(i).name())) {
				problems.malformed("invalid-input", "equipment[" + i + "].name", "the instrument name is required");
			}
		}
		LiabilityCover liability = input.liability();
		if (liability != null && liability.kind() == null) {
			problems.malformed("invalid-input", "liability.kind", "INSURANCE or RISK_FUND is required");
		}
		if (problems.all().size() > before) {
			return Optional.empty();
		}
		return Optional.of(new AgencyProfile(name, creditCode, region, Text.clean(input.address()),
				Text.clean(input.legalRepresentative()), Text.clean(input.contactPerson()), phone, categories, licence,
				certificates, premises, input.equipment(), liability));
	}

	/**
	 * A 422 {@code dates-out-of-order} on {@code field} when {@code end} is before
	 * {@code start}.
	 */
	public static void inOrder(LocalDate start, LocalDate end, String field, Problems problems) {
		if (start != null && end != null && end.isBefore(start)) {
			problems.rule("dates-out-of-order", field, end + " is before the start date " + start);
		}
	}

	static String required(String text, String field, int maxLength, Problems problems) {
		String cleaned = Text.clean(text);
		if (cleaned == null) {
			problems.malformed("invalid-input", field, "is required");
		}
		else if (cleaned.length() > maxLength) {
			problems.malformed("invalid-input", field, "is longer than " + maxLength + " characters");
		}
		return cleaned;
	}

}
