package org.shuangsuiji.inspection.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.draw.DrawSecret;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo draw's fixed randomness: the same bytes for the same label, run after run. */
class DemoDrawRandomTest {

	@Test
	void theSameLabelGivesTheSameSecretAndSaltOnEveryRun() {
		DemoDrawRandom first = new DemoDrawRandom(XinxiangDemoPlan.DRAW_RANDOMNESS);
		DemoDrawRandom second = new DemoDrawRandom(XinxiangDemoPlan.DRAW_RANDOMNESS);
		assertThat(DrawSecret.generate(first)).isEqualTo(DrawSecret.generate(second));
		byte[] salt = new byte[32];
		byte[] again = new byte[32];
		first.nextBytes(salt);
		second.nextBytes(again);
		assertThat(salt).isEqualTo(again);
	}

	@Test
	void eachCallTakesFreshBlocksAndAnotherLabelOthers() {
		DemoDrawRandom random = new DemoDrawRandom("demo-xinxiang-2024/0");
		DrawSecret secret = DrawSecret.generate(random);
		assertThat(DrawSecret.generate(random)).as("the salt is not the secret").isNotEqualTo(secret);
		assertThat(DrawSecret.generate(new DemoDrawRandom("demo-xinxiang-2024/1"))).isNotEqualTo(secret);
	}

	@Test
	void blockZeroIsTheSha256OfTheLabelAndIndex() {
		DrawSecret secret = DrawSecret.generate(new DemoDrawRandom("demo"));
		// SHA-256("demo:0"), as any reader of ADR 0405 can recompute it
		assertThat(secret.hex()).isEqualTo(sha256Hex("demo:0"));
	}

	private static String sha256Hex(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
