package org.shuangsuiji.evidence.record;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

import org.shuangsuiji.evidence.content.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalRecordProperties {

	@Property
	void differentFileNamesNeverShareATextWhateverCharactersTheyHold(@ForAll @StringLength(max = 40) String a,
			@ForAll @StringLength(max = 40) String b) {
		String textA = CanonicalRecord.text(CanonicalRecordTest.gatePhoto(a, 1, Sha256.ZERO));
		String textB = CanonicalRecord.text(CanonicalRecordTest.gatePhoto(b, 1, Sha256.ZERO));

		assertThat(textA.equals(textB)).isEqualTo(a.equals(b));
		assertThat(textA.lines().count()).isEqualTo(21);
	}

	@Property
	void theHashCoversTheChainPosition(@ForAll @LongRange(min = 1, max = 1_000_000) long sequence) {
		EvidenceRecord here = CanonicalRecordTest.gatePhoto("gate.jpg", sequence, Sha256.ZERO);
		EvidenceRecord next = CanonicalRecordTest.gatePhoto("gate.jpg", sequence + 1, Sha256.ZERO);
		EvidenceRecord relinked = CanonicalRecordTest.gatePhoto("gate.jpg", sequence, "1".repeat(64));

		assertThat(here.recordHash()).isNotEqualTo(next.recordHash()).isNotEqualTo(relinked.recordHash());
	}

}
