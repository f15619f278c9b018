package org.shuangsuiji.inspection.dossier;

import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class DossierDrawProperties {

	@Property(tries = 200)
	void aDrawTakesMinOfWindowAndSizeDistinctFilesOfTheWindowAndRepeatsItself(
			@ForAll @IntRange(min = 0, max = 120) int files,
			@ForAll @AlphaChars @StringLength(min = 1, max = 30) String seed) {
		SampleInputs inputs = DossierFixtures.inputs(files);
		SampleResult result = DossierDraw.draw(inputs, inputs.commitment(), seed);
		Set<String> window = new HashSet<>();
		inputs.cases().forEach((c) -> window.add(c.caseNumber()));
		assertThat(result.caseNumbers()).hasSize(Math.min(files, 20)).doesNotHaveDuplicates();
		assertThat(window).containsAll(result.caseNumbers());
		assertThat(result.allTaken()).isEqualTo(files <= 20);
		assertThat(DossierDraw.draw(inputs, inputs.commitment(), seed)).isEqualTo(result);
	}

}
