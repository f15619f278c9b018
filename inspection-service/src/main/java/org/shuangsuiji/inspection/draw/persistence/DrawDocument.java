package org.shuangsuiji.inspection.draw.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A plan's draw as stored. {@code inputs} is the canonical JSON string itself, the very
 * bytes the commitment hashes, so nothing is lost between what was committed and what is
 * stored. A {@code /2} draw also keeps, never published: {@code privateInputs} (the
 * snapshot with registry ids, names, 执法证号, weight reasons, in the {@code /1} shape), the
 * ref of each person and the secret (published with the result).
 */
@Document("draws")
record DrawDocument(@Id String planId, String algorithm, String inputs, String commitment, String committedById,
		String committedByName, Instant committedAt, SeedDocument seed, String drawnById, String drawnByName,
		Instant drawnAt, ResultDocument result, List<ReplacementDocument> replacements, @Version Long version,
		String privateInputs, List<PseudonymDocument> pseudonyms, String secret) {

	record PseudonymDocument(String kind, String personId, String ref) {
	}

	record SeedDocument(String value, String source, String note) {
	}

	record MemberDocument(String kind, String personId) {
	}

	record DrawnDocument(String agencyId, List<MemberDocument> team) {
	}

	record ResultDocument(int poolSize, int sampleSize, boolean floorApplied, List<DrawnDocument> agencies) {
	}

	/** {@code type} PERSON with leaving and substitutes, or AGENCY with substitute. */
	record ReplacementDocument(int seq, String type, String agencyId, MemberDocument leaving,
			List<MemberDocument> substitutes, DrawnDocument substitute, String reason, SeedDocument seed, String byId,
			String byName, Instant at) {
	}

}
