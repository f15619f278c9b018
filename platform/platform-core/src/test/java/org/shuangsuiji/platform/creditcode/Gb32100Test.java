package org.shuangsuiji.platform.creditcode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Gb32100Test {

	@Test
	void computesTheCheckCharacterOfPublishedCodes() {
		assertThat(Gb32100.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(Gb32100.checkCharacter("91110000600037341")).isEqualTo('L');
	}

	@Test
	void namesTheCheckCharacterAWrongCodeShouldEndWith() {
		assertThat(Gb32100.problemWith("91350100M000100Y43")).isEmpty();
		assertThat(Gb32100.problemWith("91350100M000100Y44"))
			.contains("check character at position 18 should be 3, got 4");
	}

	@Test
	void refusesToComputeFromAnythingButSeventeenCharactersOfTheCharset() {
		assertThatIllegalArgumentException().isThrownBy(() -> Gb32100.checkCharacter("91350100M000100Y"));
		assertThatIllegalArgumentException().isThrownBy(() -> Gb32100.checkCharacter("91350100M000100I4"));
	}

}
