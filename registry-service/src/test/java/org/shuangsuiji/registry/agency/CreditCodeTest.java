package org.shuangsuiji.registry.agency;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

	@Test
	void acceptsPublishedCodesOfRealCompanies() {
		assertThat(CreditCode.problemWith("91350100M000100Y43")).isEmpty();
		assertThat(CreditCode.problemWith("91110000600037341L")).isEmpty();
		assertThat(CreditCode.problemWith("914403001922038216")).isEmpty();
	}

	@Test
	void computesTheCheckCharacterWhereThirtyOneBecomesZero() {
		// Find a prefix whose weighted sum is a multiple of 31: the check character is
		// then 0.
		String prefix = "9141070000000000";
		String found = null;
		for (char c : CreditCode.CHARSET.toCharArray()) {
			if (CreditCode.checkCharacter(prefix + c) == '0') {
				found = prefix + c;
			}
		}
		assertThat(found).isNotNull();
		assertThat(CreditCode.withCheckCharacter(found).value()).endsWith("0");
	}

	@Test
	void saysWhichCheckCharacterTheCodeShouldEndWith() {
		assertThat(CreditCode.problemWith("91350100M000100Y44"))
			.contains("check character at position 18 should be 3, got 4");
	}

	@Test
	void namesThePositionOfAForbiddenLetter() {
		assertThat(CreditCode.problemWith("91350100M0001I0Y43")).hasValueSatisfying(
				(message) -> assertThat(message).contains("'I' at position 14").contains("without I, O, Z, S, V"));
		assertThat(CreditCode.problemWith("9135010OM000100Y43"))
			.hasValueSatisfying((message) -> assertThat(message).contains("position 8"));
	}

	@Test
	void refusesEveryOneOfTheFiveExcludedLetters() {
		for (char excluded : "IOZSV".toCharArray()) {
			String code = "91350100M" + excluded + "00100Y43";
			assertThat(CreditCode.problemWith(code))
				.hasValueSatisfying((message) -> assertThat(message).contains("position 10"));
		}
	}

	@Test
	void wantsDigitsForTheRegionPart() {
		assertThat(CreditCode.problemWith("9135A100M000100Y43"))
			.hasValueSatisfying((message) -> assertThat(message).contains("position 5").contains("must be a digit"));
	}

	@Test
	void wantsEighteenCharacters() {
		assertThat(CreditCode.problemWith("91350100M000100Y4")).contains("统一社会信用代码 must have 18 characters, got 17");
		assertThat(CreditCode.problemWith("")).contains("统一社会信用代码 is required");
	}

	@Test
	void parsesTypedTextAfterTrimmingAndUpperCasing() {
		assertThat(CreditCode.parse(" 91350100m000100y43 ", "creditCode").value()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void parseRefusesWithA400NamingTheField() {
		assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y44", "creditCode"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.type()).isEqualTo("credit-code-invalid");
				assertThat(ex.errors()).singleElement()
					.satisfies((error) -> assertThat(error.field()).isEqualTo("creditCode"));
			});
	}

}
