package org.shuangsuiji.gateway.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall with its header rules checked by a loop. Spring
 * checks every header name and value that is read against a Unicode regular expression
 * ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, a tab allowed in values); the bearer
 * header alone is a kilobyte, read several times per request, and that regex was 2.5 % of
 * the gateway's CPU (issue #13). The rules are the same (a test compares both on random
 * input); the URL, method and host rules stay Spring's own.
 */
final class LoopCheckedFirewall {

	private LoopCheckedFirewall() {
	}

	static StrictServerWebExchangeFirewall strict() {
		StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
		firewall.setAllowedHeaderNames(LoopCheckedFirewall::isAllowedHeaderName);
		firewall.setAllowedHeaderValues(LoopCheckedFirewall::isAllowedHeaderValue);
		return firewall;
	}

	/** Only assigned characters, no control character. */
	static boolean isAllowedHeaderName(@Nullable String name) {
		return isAssignedWithoutControls(name, false);
	}

	/** Only assigned characters, no control character but the tab. */
	static boolean isAllowedHeaderValue(@Nullable String value) {
		return isAssignedWithoutControls(value, true);
	}

	private static boolean isAssignedWithoutControls(@Nullable String text, boolean tabAllowed) {
		if (text == null) {
			return true;
		}
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c >= ' ' && c < 0x7f) {
				// printable ASCII, almost every character of a real header
				i++;
				continue;
			}
			if (c == '\t' && tabAllowed) {
				i++;
				continue;
			}
			// Code points, as the regex reads them: a pair of surrogates is one
			// character.
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			if (type == Character.UNASSIGNED || type == Character.CONTROL) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
