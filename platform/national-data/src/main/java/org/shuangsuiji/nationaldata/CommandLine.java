package org.shuangsuiji.nationaldata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the generator's and the benchmark's command lines share: option values and the
 * {@link Connection} options ({@code --gateway}, {@code --keycloak}, {@code --password},
 * the bureau accounts of {@code --account REGION=username} or {@code --bureaus}) with
 * their defaults, the local run and the local realm's bureaus.
 */
final class CommandLine {

	private String gateway = "http://127.0.0.1:8080";

	private String keycloak = "http://127.0.0.1:8180";

	private String password = "demo";

	private final Map<String, String> accounts = new LinkedHashMap<>();

	private boolean bureaus;

	/** The value after {@code option}; refused when the line ends. */
	static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	/**
	 * Takes the connection option at {@code args[index]} with its value; refuses any
	 * other (a command reads its own options first).
	 * @return the index of the option's last word
	 */
	int connection(String[] args, int index) {
		String option = args[index];
		int next = index + 1;
		switch (option) {
			case "--gateway" -> this.gateway = value(args, next, option);
			case "--keycloak" -> this.keycloak = value(args, next, option);
			case "--password" -> this.password = value(args, next, option);
			case "--account" -> account(value(args, next, option));
			case "--bureaus" -> {
				this.bureaus = true;
				return index;
			}
			default -> throw new IllegalArgumentException("unknown option " + option);
		}
		return next;
	}

	/**
	 * The connection the line asked for. Refuses {@code --account} beside
	 * {@code --bureaus}; without either, the local realm's bureaus: two provinces
	 * (imports), two cities (their plans) (keycloak/realm-shuangsuiji.json).
	 */
	Connection connection() {
		if (this.bureaus && !this.accounts.isEmpty()) {
			throw new IllegalArgumentException("--bureaus and --account do not go together");
		}
		Map<String, String> accounts = new LinkedHashMap<>(this.accounts);
		if (accounts.isEmpty()) {
			accounts.put("410000", "henan-province");
			accounts.put("420000", "hubei-province");
			accounts.put("410700", "xinxiang-city");
			accounts.put("420700", "ezhou-city");
		}
		return new Connection(this.gateway, this.keycloak, this.password, Collections.unmodifiableMap(accounts),
				this.bureaus);
	}

	/** One {@code --account REGION=username} of a province or a city. */
	private void account(String value) {
		String[] pair = value.split("=", 2);
		if (pair.length != 2 || !pair[0].matches("\\d{4}00")) {
			throw new IllegalArgumentException(
					"--account wants REGION=username (a province or a city), e.g. 410000=henan-province");
		}
		this.accounts.put(pair[0], pair[1]);
	}

	/**
	 * Where the platform answers and whom to sign in as: the bureau accounts by region (a
	 * province's or a city's), or with {@code bureaus} the {@code bureau-<code>} accounts
	 * of every province and city ({@link BureauAccounts}).
	 */
	record Connection(String gateway, String keycloak, String password, Map<String, String> accounts, boolean bureaus) {

		/** A client of the gateway signing in with the realm's password grant. */
		PlatformClient client() {
			return new PlatformClient(this.gateway, this.keycloak + "/realms/shuangsuiji/protocol/openid-connect/token",
					this.password);
		}

	}

}
