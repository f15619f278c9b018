package org.shuangsuiji.inspection.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.inspection.canonical.CanonicalJson;
import org.shuangsuiji.inspection.canonical.Hashes;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * The fact sheet (事实确认单, seed 000 附件2) the team hands to the agency: who was inspected,
 * in which categories, under which certificates, and the facts found.
 * <p>
 * {@code contentHash} is the lowercase hex SHA-256 of the canonical JSON
 * ({@link CanonicalJson}) of every other field: {@code agencyName, creditCode,
 * categoriesInspected} (names), {@code certificates} (each {@code kind, number, issuer,
 * validFrom, validUntil}, absent members left out), {@code facts, issuedAt} (ISO-8601
 * UTC, milliseconds), {@code issuedByUserId, issuedByName, team} (names). A printed sheet
 * and the stored one can be compared by it.
 *
 * @param agencyName 机构名称
 * @param creditCode 统一社会信用代码
 * @param categoriesInspected 检查的鉴定业务类别
 * @param certificates the agency's CMA and CNAS certificates
 * @param facts the facts found (检查发现的问题)
 * @param issuedAt when it was issued
 * @param issuedByUserId who issued it
 * @param issuedByName their name
 * @param team the team's names, inspectors first
 * @param contentHash see above
 */
public record FactSheet(String agencyName, String creditCode, List<BusinessCategory> categoriesInspected,
		List<AgencyCertificate> certificates, List<String> facts, Instant issuedAt, String issuedByUserId,
		String issuedByName, List<String> team, String contentHash) {

	public FactSheet {
		categoriesInspected = List.copyOf(categoriesInspected);
		certificates = List.copyOf(certificates);
		facts = List.copyOf(facts);
		team = List.copyOf(team);
	}

	/** A new sheet with its hash. */
	public static FactSheet issue(RegisteredAgency agency, List<BusinessCategory> categories, List<String> facts,
			List<TaskMember> team, Actor by, Instant at) {
		FactSheet unsealed = new FactSheet(agency.name(), agency.creditCode(), categories, agency.certificates(), facts,
				at.truncatedTo(ChronoUnit.MILLIS), by.userId(), by.name(), team.stream().map(TaskMember::name).toList(),
				"");
		return unsealed.withHash(unsealed.computeHash());
	}

	/** The hash the content gives now. */
	public String computeHash() {
		Map<String, Object> tree = new LinkedHashMap<>();
		put(tree, "agencyName", this.agencyName);
		put(tree, "creditCode", this.creditCode);
		tree.put("categoriesInspected", this.categoriesInspected.stream().map(BusinessCategory::name).toList());
		tree.put("certificates", this.certificates.stream().map(FactSheet::certificate).toList());
		tree.put("facts", this.facts);
		tree.put("issuedAt", this.issuedAt.toString());
		put(tree, "issuedByUserId", this.issuedByUserId);
		put(tree, "issuedByName", this.issuedByName);
		tree.put("team", this.team);
		return Hashes.sha256Hex(CanonicalJson.write(tree));
	}

	private FactSheet withHash(String hash) {
		return new FactSheet(this.agencyName, this.creditCode, this.categoriesInspected, this.certificates, this.facts,
				this.issuedAt, this.issuedByUserId, this.issuedByName, this.team, hash);
	}

	private static Map<String, Object> certificate(AgencyCertificate certificate) {
		Map<String, Object> tree = new LinkedHashMap<>();
		put(tree, "kind", certificate.kind());
		put(tree, "number", certificate.number());
		put(tree, "issuer", certificate.issuer());
		put(tree, "validFrom", (certificate.validFrom() != null) ? certificate.validFrom().toString() : null);
		put(tree, "validUntil", (certificate.validUntil() != null) ? certificate.validUntil().toString() : null);
		return tree;
	}

	private static void put(Map<String, Object> tree, String name, String value) {
		if (value != null) {
			tree.put(name, value);
		}
	}

}
