package org.shuangsuiji.registry.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.naming.ChineseNamed;
import org.shuangsuiji.platform.tables.Table.Row;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyInput;
import org.shuangsuiji.registry.agency.AgencyProfile;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.Certificate;
import org.shuangsuiji.registry.agency.CertificateKind;
import org.shuangsuiji.registry.agency.FunctionalZone;
import org.shuangsuiji.registry.agency.LiabilityCover;
import org.shuangsuiji.registry.agency.Licence;
import org.shuangsuiji.registry.agency.Premises;

/**
 * The columns of an agency file and how a row maps to an {@link AgencyInput}. Equipment,
 * penalties and party-building notes are kept through the API, not in files.
 */
public final class AgencySheet {

	public static final String NAME = "名称";

	public static final String CREDIT_CODE = "统一社会信用代码";

	public static final String REGION = "地区代码";

	public static final String ADDRESS = "地址";

	public static final String LEGAL_REPRESENTATIVE = "法定代表人";

	public static final String CONTACT_PERSON = "联系人";

	public static final String CONTACT_PHONE = "联系方式";

	public static final String CATEGORIES = "业务类别";

	public static final String LICENCE_NUMBER = "许可证号";

	public static final String LICENCE_ISSUER = "许可证发证机关";

	public static final String LICENCE_FROM = "许可证有效期起";

	public static final String LICENCE_UNTIL = "许可证有效期至";

	public static final String AREA = "执业场所面积";

	public static final String ZONES = "功能分区";

	public static final String COVER_KIND = "风险保障方式";

	public static final String COVER_PROVIDER = "保险机构";

	public static final String COVER_REFERENCE = "保单号";

	public static final String COVER_UNTIL = "保障有效期至";

	public static final String STATUS = "状态";

	public static final List<String> HEADERS = List.of(NAME, CREDIT_CODE, REGION, ADDRESS, LEGAL_REPRESENTATIVE,
			CONTACT_PERSON, CONTACT_PHONE, CATEGORIES, LICENCE_NUMBER, LICENCE_ISSUER, LICENCE_FROM, LICENCE_UNTIL,
			certificate(CertificateKind.CMA, "证书编号"), certificate(CertificateKind.CMA, "发证机关"),
			certificate(CertificateKind.CMA, "有效期起"), certificate(CertificateKind.CMA, "有效期至"),
			certificate(CertificateKind.CNAS, "证书编号"), certificate(CertificateKind.CNAS, "发证机关"),
			certificate(CertificateKind.CNAS, "有效期起"), certificate(CertificateKind.CNAS, "有效期至"), AREA, ZONES,
			COVER_KIND, COVER_PROVIDER, COVER_REFERENCE, COVER_UNTIL, STATUS);

	public static final List<String> REQUIRED = List.of(NAME, CREDIT_CODE, REGION, CATEGORIES);

	private static final Map<String, String> FIELD_COLUMNS = new LinkedHashMap<>();

	static {
		FIELD_COLUMNS.put("name", NAME);
		FIELD_COLUMNS.put("creditCode", CREDIT_CODE);
		FIELD_COLUMNS.put("regionCode", REGION);
		FIELD_COLUMNS.put("address", ADDRESS);
		FIELD_COLUMNS.put("legalRepresentative", LEGAL_REPRESENTATIVE);
		FIELD_COLUMNS.put("contactPerson", CONTACT_PERSON);
		FIELD_COLUMNS.put("contactPhone", CONTACT_PHONE);
		FIELD_COLUMNS.put("categories", CATEGORIES);
		FIELD_COLUMNS.put("licence.number", LICENCE_NUMBER);
		FIELD_COLUMNS.put("licence.validUntil", LICENCE_UNTIL);
		FIELD_COLUMNS.put("premises.areaSquareMetres", AREA);
		FIELD_COLUMNS.put("liability.kind", COVER_KIND);
		FIELD_COLUMNS.put("status", STATUS);
	}

	private AgencySheet() {
	}

	static String certificate(CertificateKind kind, String part) {
		return kind.name() + part;
	}

	/**
	 * What one row says, or empty when a cell could not be read (the errors say which).
	 */
	public static Optional<Parsed> read(Row row, List<ImportError> errors) {
		int before = errors.size();
		Cells cells = new Cells(row, errors);
		Licence licence = null;
		if (cells.text(LICENCE_NUMBER) != null || cells.text(LICENCE_UNTIL) != null) {
			licence = new Licence(cells.text(LICENCE_NUMBER), cells.text(LICENCE_ISSUER), cells.date(LICENCE_FROM),
					cells.date(LICENCE_UNTIL));
		}
		List<Certificate> certificates = new ArrayList<>();
		for (CertificateKind kind : CertificateKind.values()) {
			String number = cells.text(certificate(kind, "证书编号"));
			LocalDate until = cells.date(certificate(kind, "有效期至"));
			LocalDate from = cells.date(certificate(kind, "有效期起"));
			if (number != null || until != null) {
				certificates.add(new Certificate(kind, number, cells.text(certificate(kind, "发证机关")), from, until));
			}
		}
		Set<FunctionalZone> zones = EnumSet.noneOf(FunctionalZone.class);
		for (String zone : cells.list(ZONES)) {
			ChineseNamed.parse(FunctionalZone.class, zone)
				.ifPresentOrElse(zones::add, () -> cells.error(ZONES,
						"unknown functional zone '" + zone + "' (接待室, 检查室, 鉴定室, 档案室, 实验室, 检材保管室)"));
		}
		Premises premises = new Premises(cells.decimal(AREA), zones);
		LiabilityCover cover = null;
		String coverKind = cells.text(COVER_KIND);
		if (coverKind != null) {
			Optional<LiabilityCover.Kind> kind = ChineseNamed.parse(LiabilityCover.Kind.class, coverKind);
			if (kind.isEmpty()) {
				cells.error(COVER_KIND, "'" + coverKind + "' is not 执业责任保险 or 执业风险金");
			}
			cover = new LiabilityCover(kind.orElse(null), cells.text(COVER_PROVIDER), cells.text(COVER_REFERENCE),
					cells.date(COVER_UNTIL));
		}
		AgencyStatus status = null;
		String statusText = cells.text(STATUS);
		if (statusText != null) {
			status = ChineseNamed.parse(AgencyStatus.class, statusText).orElse(null);
			if (status == null) {
				cells.error(STATUS, "'" + statusText + "' is not 执业, 暂停执业 or 注销");
			}
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		AgencyInput input = new AgencyInput(cells.text(NAME), cells.text(CREDIT_CODE), cells.text(REGION),
				cells.text(ADDRESS), cells.text(LEGAL_REPRESENTATIVE), cells.text(CONTACT_PERSON),
				cells.text(CONTACT_PHONE), cells.list(CATEGORIES), licence, certificates, premises, List.of(), cover);
		return Optional.of(new Parsed(input, status, certificates.stream().map(Certificate::kind).toList()));
	}

	/**
	 * The column a field path of {@link org.shuangsuiji.registry.agency.AgencyRules}
	 * refers to ({@code certificates[1].validUntil} → {@code CNAS有效期至}).
	 */
	public static String columnOf(String field, List<CertificateKind> certificateKinds) {
		if (field.startsWith("certificates[")) {
			int index = Integer.parseInt(field.substring("certificates[".length(), field.indexOf(']')));
			String part = field.substring(field.indexOf(']') + 1);
			CertificateKind kind = certificateKinds.get(index);
			return switch (part) {
				case ".number" -> certificate(kind, "证书编号");
				case ".validFrom" -> certificate(kind, "有效期起");
				default -> certificate(kind, "有效期至");
			};
		}
		if (field.startsWith("categories")) {
			return CATEGORIES;
		}
		return FIELD_COLUMNS.getOrDefault(field, field);
	}

	/**
	 * One agency as a row, in {@link #HEADERS} order; re-importing it changes nothing.
	 */
	public static List<String> write(Agency agency) {
		AgencyProfile p = agency.profile();
		List<String> cells = new ArrayList<>();
		cells.add(p.name());
		cells.add(p.creditCode().value());
		cells.add(p.regionCode().value());
		cells.add(p.address());
		cells.add(p.legalRepresentative());
		cells.add(p.contactPerson());
		cells.add(p.contactPhone());
		cells.add(String.join("、", p.categories().stream().sorted().map(BusinessCategory::chineseName).toList()));
		Licence licence = p.licence();
		cells.add((licence != null) ? licence.number() : null);
		cells.add((licence != null) ? licence.issuer() : null);
		cells.add((licence != null) ? text(licence.validFrom()) : null);
		cells.add((licence != null) ? text(licence.validUntil()) : null);
		for (CertificateKind kind : CertificateKind.values()) {
			Certificate certificate = p.certificates()
				.stream()
				.filter((c) -> c.kind() == kind)
				.findFirst()
				.orElse(null);
			cells.add((certificate != null) ? certificate.number() : null);
			cells.add((certificate != null) ? certificate.issuer() : null);
			cells.add((certificate != null) ? text(certificate.validFrom()) : null);
			cells.add((certificate != null) ? text(certificate.validUntil()) : null);
		}
		cells.add((p.premises().areaSquareMetres() != null)
				? p.premises().areaSquareMetres().stripTrailingZeros().toPlainString() : null);
		cells.add(String.join("、", p.premises().zones().stream().sorted().map(FunctionalZone::chineseName).toList()));
		LiabilityCover cover = p.liability();
		cells.add((cover != null && cover.kind() != null) ? cover.kind().chineseName() : null);
		cells.add((cover != null) ? cover.provider() : null);
		cells.add((cover != null) ? cover.reference() : null);
		cells.add((cover != null) ? text(cover.validUntil()) : null);
		cells.add(agency.status().chineseName());
		return cells;
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	/**
	 * A row read into an input.
	 *
	 * @param input the profile as given
	 * @param status the status column, {@code null} when blank
	 * @param certificateKinds the kind of each certificate, by index
	 */
	public record Parsed(AgencyInput input, AgencyStatus status, List<CertificateKind> certificateKinds) {
	}

}
