package org.shuangsuiji.nationaldata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodesTest {

	@Test
	void acceptsTheCodesTheRegistryAccepts() {
		// the published examples registry-service's CreditCodeTest holds valid
		assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
		assertThat(CreditCodes.isValid("91110000600037341L")).isTrue();
	}

	@Test
	void completesWithTheCheckCharacterOfGb32100() {
		assertThat(CreditCodes.complete("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
		assertThat(CreditCodes.complete("91110000600037341")).isEqualTo("91110000600037341L");
	}

	@Test
	void detectsEverySingleCharacterChangeOfAGeneratedCode() {
		String code = CreditCodes.complete("52410725" + DataSetGenerator.base31(12345, 9));
		for (int i = 0; i < 17; i++) {
			for (char c : CreditCodes.CHARSET.toCharArray()) {
				if (c != code.charAt(i) && (i < 2 || i > 7 || Character.isDigit(c))) {
					String changed = code.substring(0, i) + c + code.substring(i + 1);
					assertThat(CreditCodes.isValid(changed)).as(changed).isFalse();
				}
			}
		}
	}

	@Test
	void refusesLettersInTheRegionPositionsAndForbiddenCharacters() {
		assertThat(CreditCodes.isValid("9135010OM000100Y43")).isFalse();
		assertThat(CreditCodes.isValid("91350100M0001I0Y43")).isFalse();
		assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
	}

}
