package org.shuangsuiji.inspection.canonical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CanonicalJsonTest {

	@Test
	void sortsObjectKeysAndWritesNoWhitespace() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("b", "新乡");
		tree.put("a", List.of(1, true, "x"));
		assertThat(CanonicalJson.write(tree)).isEqualTo("{\"a\":[1,true,\"x\"],\"b\":\"新乡\"}");
	}

	@Test
	void hashesTheUtf8BytesToAValueAnyLanguageReproduces() {
		// python3: hashlib.sha256('{"a":[1,true,"x"],"b":"新乡"}'.encode()).hexdigest()
		assertThat(Hashes.sha256Hex(CanonicalJson.write(Map.of("b", "新乡", "a", List.of(1, true, "x")))))
			.isEqualTo("e3edafe339f47e1c5888b1aa9bc9ddd9cbf0df41ea490a2f2b1bf5d24093bb7c");
	}

	@Test
	void escapesQuotesBackslashesAndControlCharactersOnly() {
		assertThat(CanonicalJson.write("a\"b\\c\n\t\u0001/é")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001/é\"");
	}

	@Test
	void writesLongsAndNestedObjects() {
		assertThat(CanonicalJson.write(Map.of("n", 9_007_199_254_740_993L, "o", Map.of("z", false))))
			.isEqualTo("{\"n\":9007199254740993,\"o\":{\"z\":false}}");
	}

	@Test
	void refusesNullsAndFractions() {
		Map<String, Object> withNull = new LinkedHashMap<>();
		withNull.put("a", null);
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(withNull));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(List.of(0.5)));
	}

	@Test
	void refusesLoneSurrogatesButKeepsPairs() {
		assertThat(CanonicalJson.write("😀")).isEqualTo("\"😀\"");
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write("\ud83d"));
	}

}
