package org.shuangsuiji.nationaldata;

import java.util.Map;

/**
 * What the generator's and the benchmark's command lines share: option values, the bureau
 * accounts ({@code --account REGION=username} or {@code --bureaus}) and their default,
 * the local realm's bureaus.
 */
final class CommandLine {

	private CommandLine() {
	}

	/** The value after {@code option}; refused when the line ends. */
	static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	/** One {@code --account REGION=username} of a province or a city, into accounts. */
	static void account(String value, Map<String, String> accounts) {
		String[] pair = value.split("=", 2);
		if (pair.length != 2 || !pair[0].matches("\\d{4}00")) {
			throw new IllegalArgumentException(
					"--account wants REGION=username (a province or a city), e.g. 410000=henan-province");
		}
		accounts.put(pair[0], pair[1]);
	}

	/**
	 * Refuses {@code --account} beside {@code --bureaus}; without either, fills in the
	 * local realm's bureaus: two provinces (imports), two cities (their plans)
	 * (keycloak/realm-shuangsuiji.json).
	 */
	static void defaultAccounts(boolean bureaus, Map<String, String> accounts) {
		if (bureaus && !accounts.isEmpty()) {
			throw new IllegalArgumentException("--bureaus and --account do not go together");
		}
		if (accounts.isEmpty()) {
			accounts.put("410000", "henan-province");
			accounts.put("420000", "hubei-province");
			accounts.put("410700", "xinxiang-city");
			accounts.put("420700", "ezhou-city");
		}
	}

}
