package org.shuangsuiji.registry.agency;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeProperties {

	@Property
	void everyPrefixCompletedWithItsCheckCharacterIsValid(@ForAll("first17") String first17) {
		assertThat(CreditCode.problemWith(first17 + CreditCode.checkCharacter(first17))).isEmpty();
	}

	@Property
	void changingAnySingleCharacterIsDetected(@ForAll("first17") String first17, @ForAll("positions") int position,
			@ForAll("charset") char replacement) {
		String code = first17 + CreditCode.checkCharacter(first17);
		if (code.charAt(position) == replacement
				|| (position >= 2 && position <= 7) && !Character.isDigit(replacement)) {
			return;
		}
		String typo = code.substring(0, position) + replacement + code.substring(position + 1);
		assertThat(CreditCode.problemWith(typo)).isPresent();
	}

	@Property
	void theCheckCharacterIsNeverAnExcludedLetter(@ForAll("first17") String first17) {
		assertThat("IOZSV").doesNotContain(String.valueOf(CreditCode.checkCharacter(first17)));
	}

	@Provide
	Arbitrary<String> first17() {
		Arbitrary<String> head = Arbitraries.of(CreditCode.CHARSET.toCharArray())
			.list()
			.ofSize(2)
			.map(CreditCodeProperties::join);
		Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
		Arbitrary<String> subject = Arbitraries.of(CreditCode.CHARSET.toCharArray())
			.list()
			.ofSize(9)
			.map(CreditCodeProperties::join);
		return Combinators.combine(head, region, subject).as((h, r, s) -> h + r + s);
	}

	@Provide
	Arbitrary<Integer> positions() {
		return Arbitraries.integers().between(0, 17);
	}

	@Provide
	Arbitrary<Character> charset() {
		return Arbitraries.of(CreditCode.CHARSET.toCharArray());
	}

	private static String join(java.util.List<Character> chars) {
		StringBuilder builder = new StringBuilder();
		chars.forEach(builder::append);
		return builder.toString();
	}

}
