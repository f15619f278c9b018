package org.shuangsuiji.inspection.draw.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A plan's draw as stored. {@code inputs} is the canonical JSON string itself, the very
 * bytes the commitment hashes, so nothing is lost between what was committed and what is
 * stored.
 */
@Document("draws")
record DrawDocument(@Id String planId, String algorithm, String inputs, String commitment, String committedById,
		String committedByName, Instant committedAt, SeedDocument seed, String drawnById, String drawnByName,
		Instant drawnAt, ResultDocument result, List<ReplacementDocument> replacements, @Version Long version) {

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
