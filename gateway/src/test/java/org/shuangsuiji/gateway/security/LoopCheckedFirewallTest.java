package org.shuangsuiji.gateway.security;

import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoopCheckedFirewallTest {

	/**
	 * Characters of every kind the rules tell apart: printable ASCII, tab and other C0
	 * controls, DEL, C1 controls, Latin-1 and CJK letters, a format character, an
	 * unassigned code point, both halves of a surrogate pair alone.
	 */
	private static final int[] INTERESTING = { 'a', 'Z', '0', ' ', '~', '=', '\t', '\n', '\r', 0, 0x1f, 0x7f, 0x80,
			0x85, 0x9f, 0xa0, 0xe7, 0xff, 0x4e2d, 0x200b, 0x0378, 0xfffe, 0xd83d, 0xde00, 0x1f600, 0xe0001, 0x10ffff };

	@Test
	void headerNamesAreAllowedExactlyWhenSpringSecuritysRuleAllowsThem() {
		agreeOnRandomTexts(13, LoopCheckedFirewall::isAllowedHeaderName,
				StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES);
	}

	@Test
	void headerValuesAreAllowedExactlyWhenSpringSecuritysRuleAllowsThem() {
		agreeOnRandomTexts(31, LoopCheckedFirewall::isAllowedHeaderValue,
				StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES);
	}

	/**
	 * 50,000 texts of {@link #randomText}, from {@code seed}: both rules say the same.
	 */
	private static void agreeOnRandomTexts(long seed, Predicate<String> ours, Predicate<String> springs) {
		Random random = new Random(seed);
		for (int n = 0; n < 50_000; n++) {
			String text = randomText(random);
			assertThat(ours.test(text)).as(codePoints(text)).isEqualTo(springs.test(text));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "a\tb", "a\u0085b", "\u007f", "中文", "\u0378",
			"\ud83d\ude00", "\ud83d", "x\ude00", "\r\n" })
	void knownValuesAgreeWithSpringSecurity(String text) {
		assertThat(LoopCheckedFirewall.isAllowedHeaderValue(text)).as(codePoints(text))
			.isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text));
		assertThat(LoopCheckedFirewall.isAllowedHeaderName(text)).as(codePoints(text))
			.isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(text));
	}

	@Test
	void aNullHeaderIsAllowedAsSpringSecurityAllowsIt() {
		assertThat(LoopCheckedFirewall.isAllowedHeaderName(null)).isTrue();
		assertThat(LoopCheckedFirewall.isAllowedHeaderValue(null)).isTrue();
	}

	@Test
	void theFirewallRejectsAHeaderValueWithAControlCharacterWhenItIsRead() {
		ServerWebExchange exchange = firewalled(MockServerHttpRequest.get("/api/registry/agencies")
			.header(HttpHeaders.AUTHORIZATION, "Bearer abc\u0085"));
		assertThatThrownBy(() -> exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
			.isInstanceOf(ServerExchangeRejectedException.class);
	}

	@Test
	void theFirewallPassesAnOrdinaryRequestUnchanged() {
		ServerWebExchange exchange = firewalled(MockServerHttpRequest.get("/api/registry/agencies")
			.header(HttpHeaders.AUTHORIZATION, "Bearer abc")
			.header("X-Note", "新乡\tok"));
		assertThat(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer abc");
		assertThat(exchange.getRequest().getHeaders().get("X-Note")).containsExactly("新乡\tok");
	}

	@Test
	void theFirewallKeepsSpringSecuritysUrlRules() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/registry/..;/actuator"));
		assertThatThrownBy(() -> LoopCheckedFirewall.strict().getFirewalledExchange(exchange).block())
			.isInstanceOf(ServerExchangeRejectedException.class);
	}

	private static ServerWebExchange firewalled(MockServerHttpRequest.BaseBuilder<?> request) {
		ServerWebExchange exchange = LoopCheckedFirewall.strict()
			.getFirewalledExchange(MockServerWebExchange.from(request))
			.block();
		assertThat(exchange).isNotNull();
		return exchange;
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(6);
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(4);
			int codePoint = switch (kind) {
				case 0 -> ' ' + random.nextInt(0x7f - ' ');
				case 1 -> INTERESTING[random.nextInt(INTERESTING.length)];
				case 2 -> random.nextInt(0x10000);
				default -> random.nextInt(Character.MAX_CODE_POINT + 1);
			};
			text.appendCodePoint(codePoint);
		}
		return text.toString();
	}

	private static String codePoints(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().forEach((c) -> shown.append(String.format("U+%04X ", c)));
		return shown.toString();
	}

}
