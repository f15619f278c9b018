package org.shuangsuiji.nationaldata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One command: generate the data set from {@code --seed} at {@code --scale}, write it
 * into the running platform (bulk imports and APIs, as the bureau accounts given by
 * {@code --account region=username}: a province's for the registry, a city's for its
 * plans), show a progress bar and print what it wrote. {@code --out DIR} also keeps the
 * whole national set as import files; {@code --files-only} contacts no platform.
 * {@code --bureaus} first creates one bureau account per province and city in the local
 * realm ({@link BureauAccounts}, as the Keycloak administrator of
 * {@code --keycloak-admin}) and writes as those, so the whole country is in reach.
 * {@code --history DIR} then reads the drawn tasks back and writes how each inspection
 * went to {@code DIR/history.jsonl} ({@link HistoryWriter}), for the services' history
 * loaders.
 */
public final class NationalData {

	private NationalData() {
	}

	public static void main(String[] args) throws IOException {
		Options options = Options.parse(args);
		long started = System.nanoTime();
		DataSet data = new DataSetGenerator(RegionCatalogue.national()).generate(options.seed(), options.scale());
		long generated = System.nanoTime() - started;
		System.out.printf(
				"[national-data] seed %d, scale %s: %d agencies, %d appraisers, %d inspectors, %d experts, "
						+ "%d conflicts, %d plans (generated in %.1f s)%n",
				data.seed(), data.scale(), data.agencies().size(), data.appraisers().size(), data.inspectors().size(),
				data.experts().size(), data.conflicts().size(), data.plans().size(), generated / 1e9);
		if (options.out() != null) {
			writeFiles(data, options.out());
		}
		if (options.filesOnly()) {
			return;
		}
		Map<String, String> accounts = options.connection().accounts();
		if (options.connection().bureaus()) {
			accounts = provisionBureaus(options);
		}
		PlatformClient api = options.connection().client();
		Summary summary = new Summary();
		PlatformWriter writer = new PlatformWriter(api, accounts, summary);
		Set<String> known = writer.knownRegions();
		DataSet reach = PlatformWriter.reachable(data, known);
		System.out.printf(
				"[national-data] in reach of accounts %s (%d regions the registry knows): %d agencies, "
						+ "%d appraisers, %d inspectors, %d experts, %d conflicts, %d plans%n",
				(options.connection().bureaus()) ? "bureau-<code> of every province and city" : accounts, known.size(),
				reach.agencies().size(), reach.appraisers().size(), reach.inspectors().size(), reach.experts().size(),
				reach.conflicts().size(), reach.plans().size());
		long units = reach.agencies().size() + reach.appraisers().size() + reach.inspectors().size()
				+ reach.experts().size() + reach.conflicts().size() + reach.plans().size();
		Progress progress = new Progress(System.out, System.console() != null, units);
		long writing = System.nanoTime();
		writer.write(data, reach, progress);
		progress.finish();
		if (options.history() != null) {
			Progress reading = new Progress(System.out, System.console() != null, reach.plans().size());
			new HistoryWriter(api, accounts, summary, data.seed()).write(reach, options.history(), reading);
			reading.finish();
		}
		String table = summary.table(System.nanoTime() - writing)
				+ String.format("answers 429 (rate limit) waited for and sent again: %d%n", api.rateLimited());
		System.out.print(table);
		if (options.out() != null) {
			Files.writeString(options.out().resolve("summary.txt"), table);
		}
	}

	private static Map<String, String> provisionBureaus(Options options) {
		List<BureauAccounts.Account> bureaus = BureauAccounts.of(RegionCatalogue.national());
		String[] admin = options.keycloakAdmin().split(":", 2);
		System.out.printf("[national-data] %d bureau accounts (bureau-<code>, password of --password) in the realm%n",
				bureaus.size());
		Progress progress = new Progress(System.out, System.console() != null, bureaus.size());
		int created = new BureauAccounts(options.connection().keycloak(), admin[0], admin[1]).provision(bureaus,
				options.connection().password(), progress);
		progress.finish();
		System.out.printf("[national-data] %d accounts created, %d already there%n", created, bureaus.size() - created);
		return BureauAccounts.byRegion(bureaus);
	}

	private static void writeFiles(DataSet data, Path out) throws IOException {
		Files.createDirectories(out);
		Files.write(out.resolve("agencies.csv"), ImportFiles.agencies(data.agencies()));
		Files.write(out.resolve("appraisers.csv"), ImportFiles.appraisers(data.appraisers()));
		Files.write(out.resolve("inspectors.csv"), ImportFiles.inspectors(data.inspectors()));
		Files.write(out.resolve("experts.csv"), ImportFiles.experts(data.experts()));
		System.out.println("[national-data] import files of the whole set in " + out);
	}

	/** The command line. */
	record Options(long seed, double scale, CommandLine.Connection connection, Path out, boolean filesOnly,
			String keycloakAdmin, Path history) {

		static Options parse(String[] args) {
			long seed = 1;
			double scale = 0.05;
			CommandLine line = new CommandLine();
			Path out = null;
			boolean filesOnly = false;
			Path history = null;
			// the local run's bootstrap administrator (LocalPlatform)
			String keycloakAdmin = "admin:admin";
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				switch (arg) {
					case "--seed" -> seed = Long.parseLong(CommandLine.value(args, ++i, arg));
					case "--scale" -> scale = Double.parseDouble(CommandLine.value(args, ++i, arg));
					case "--out" -> out = Path.of(CommandLine.value(args, ++i, arg));
					case "--files-only" -> filesOnly = true;
					case "--history" -> history = Path.of(CommandLine.value(args, ++i, arg));
					case "--keycloak-admin" -> {
						keycloakAdmin = CommandLine.value(args, ++i, arg);
						if (!keycloakAdmin.contains(":")) {
							throw new IllegalArgumentException("--keycloak-admin wants user:password");
						}
					}
					default -> i = line.connection(args, i);
				}
			}
			CommandLine.Connection connection = line.connection();
			Sizes.at(scale);
			if (filesOnly && history != null) {
				throw new IllegalArgumentException(
						"--history reads the drawn tasks from the platform: not with --files-only");
			}
			return new Options(seed, scale, connection, out, filesOnly, keycloakAdmin, history);
		}

	}

}
