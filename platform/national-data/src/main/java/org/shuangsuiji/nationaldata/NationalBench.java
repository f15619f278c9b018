package org.shuangsuiji.nationaldata;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

/**
 * The budget benchmark of issue 15, against a platform the generator
 * ({@link NationalData}) has loaded: signs in as the bureaus that may read each budgeted
 * view (the ministry for the national view) and times it many times after a warm-up,
 * through the gateway as the SPA asks. It prints p50, p95 and max per read against its
 * budget (at p95), the data set's size as the platform answers, the date, the machine and
 * its load average, and writes the same to a file. The draws are timed last, on plans it
 * creates for the largest city (titled {@code national-bench …}), so the other reads see
 * the generated set alone.
 */
public final class NationalBench {

	static final long DASHBOARD_BUDGET_MS = 300;

	static final long PLAN_SUMMARY_BUDGET_MS = 1_000;

	static final long DRAW_BUDGET_MS = 50;

	static final long PUBLIC_RESULTS_BUDGET_MS = 200;

	/** registry-service's goal for its paged search (its README, Benchmark). */
	static final long REGISTRY_SEARCH_BUDGET_MS = 50;

	/** The ministry's national dashboard: no region, every province a row (ADR 0006). */
	static final String NATIONAL_INSPECTIONS = "/api/inspections/dashboard";

	/** The titles the generator gives its plans end so. */
	static final String GENERATED_TITLE_END = "（生成）";

	private static final int MAX_RATE_LIMITED = 30;

	private final PlatformClient api;

	private final Map<String, String> accounts;

	private final Options options;

	private long lastStart;

	private NationalBench(PlatformClient api, Map<String, String> accounts, Options options) {
		this.api = api;
		this.accounts = accounts;
		this.options = options;
	}

	public static void main(String[] args) throws IOException {
		Options options = Options.parse(args);
		Instant at = Instant.now();
		double loadAtStart = loadAverage();
		PlatformClient api = options.connection().client();
		Map<String, String> accounts = options.connection().bureaus()
				? BureauAccounts.byRegion(BureauAccounts.of(RegionCatalogue.national()))
				: options.connection().accounts();
		BenchReport report = new NationalBench(api, accounts, options).run(at, loadAtStart);
		String text = report.text();
		System.out.print(text);
		Path out = (options.out() != null) ? options.out() : Path.of("target", "national-bench", "national-bench-"
				+ DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(at) + ".txt");
		if (out.getParent() != null) {
			Files.createDirectories(out.getParent());
		}
		Files.writeString(out, text);
		System.out.println("[national-bench] written to " + out);
	}

	private BenchReport run(Instant at, double loadAtStart) {
		List<String> provinces = this.accounts.keySet().stream().filter((r) -> r.endsWith("0000")).sorted().toList();
		if (provinces.isEmpty()) {
			throw new IllegalArgumentException("no province account: the benchmark reads as a province");
		}
		say("counting agencies per city in " + provinces.size() + " provinces");
		Map<String, Long> agenciesByCity = agenciesByCity(provinces);
		String city = this.options.city()
			.or(() -> LargestCity.choose(agenciesByCity, this.accounts::containsKey))
			.orElseThrow(() -> new IllegalStateException(
					"no city with agencies and an account: load the platform with scripts/national-data.sh first"));
		String province = this.options.province().orElse(city.substring(0, 2) + "0000");
		String provinceAccount = account(province);
		String cityAccount = account(city);
		String provincesCity = LargestCity.choose(agenciesByCity, (c) -> c.startsWith(province.substring(0, 2)))
			.orElse(city);

		List<String> dataSet = new ArrayList<>(dataSet(provinces, agenciesByCity, province, city));
		int year = latestGeneratedYear(province);
		say("province " + province + " (" + provinceAccount + "), largest city " + city + " (" + cityAccount
				+ "), scoring year " + year);

		List<Measurement> measurements = new ArrayList<>();
		measurements.add(measure("province dashboard, inspection measures (map by city)",
				"GET /api/inspections/dashboard?region=" + province, provinceAccount, DASHBOARD_BUDGET_MS,
				(i) -> this.api.timedGet(provinceAccount, "/api/inspections/dashboard?region=" + province)));
		measurements.add(measure("province dashboard, scoring measures (map by city)",
				"GET /api/scoring/dashboard?region=" + province + "&year=" + year, provinceAccount, DASHBOARD_BUDGET_MS,
				(i) -> this.api.timedGet(provinceAccount,
						"/api/scoring/dashboard?region=" + province + "&year=" + year)));
		String ministry = this.options.ministry();
		measurements.add(measure("national view, inspection measures (rows by province)", "GET " + NATIONAL_INSPECTIONS,
				ministry, DASHBOARD_BUDGET_MS, (i) -> this.api.timedGet(ministry, NATIONAL_INSPECTIONS)));
		measurements.add(measure("national view, scoring measures (rows by province)", "GET " + nationalScoring(year),
				ministry, DASHBOARD_BUDGET_MS, (i) -> this.api.timedGet(ministry, nationalScoring(year))));
		measurements.add(planSummary(city, cityAccount));
		measurements.add(registrySearch(provinceAccount, provincesCity));
		measurements.add(measure("public results of a province",
				"GET /api/public/inspections/results?region=" + province, "anonymous", PUBLIC_RESULTS_BUDGET_MS,
				(i) -> this.api.timedGet(null, "/api/public/inspections/results?region=" + province)));
		measurements.add(draws(city, cityAccount, at));

		String settings = String.format(Locale.ROOT,
				"gateway %s; each read %d times after %d warm-up, draws %d after %d, at most one call every %d ms "
						+ "(the gateway's rate limit is 20 a second); p95 by nearest rank",
				this.options.connection().gateway(), this.options.runs(), this.options.warmup(), this.options.draws(),
				this.options.drawWarmup(), this.options.paceMillis());
		return new BenchReport(at, machine(), loadAtStart, loadAverage(), settings, dataSet, measurements);
	}

	/** The ministry's national scoring dashboard of a year. */
	static String nationalScoring(int year) {
		return "/api/scoring/dashboard?year=" + year;
	}

	/** Agencies per city of each province, as the province's search counts them. */
	private Map<String, Long> agenciesByCity(List<String> provinces) {
		Map<String, Long> counts = new TreeMap<>();
		for (String province : provinces) {
			for (JsonNode city : this.api.get(null, "/api/public/registry/regions/" + province + "/children").json()) {
				String code = city.path("code").asString();
				counts.put(code, total(account(province), "/api/registry/agencies?region=" + code + "&size=1"));
			}
		}
		return counts;
	}

	private List<String> dataSet(List<String> provinces, Map<String, Long> agenciesByCity, String province,
			String city) {
		long agencies = 0;
		long appraisers = 0;
		for (String p : provinces) {
			agencies += total(account(p), "/api/registry/agencies?size=1");
			appraisers += total(account(p), "/api/registry/appraisers?size=1");
		}
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT,
				"registry of the %d provinces with an account: %,d agencies, %,d appraisers, %d cities with agencies",
				provinces.size(), agencies, appraisers, agenciesByCity.values().stream().filter((n) -> n > 0).count()));
		JsonNode plans = ok(this.api.get(null, "/api/public/inspections/plans"), "the public plans").json();
		long drawn = stream(plans).filter((p) -> !"PUBLISHED".equals(p.path("status").asString())).count();
		lines.add(String.format(Locale.ROOT, "published plans, the whole country: %,d (%,d drawn or later)",
				plans.size(), drawn));
		JsonNode board = ok(this.api.get(account(province), "/api/inspections/dashboard?region=" + province),
				"the province dashboard")
			.json();
		long inspections = stream(board.path("totals")).mapToLong((r) -> r.path("inspections").asLong()).sum();
		long published = stream(board.path("totals")).mapToLong((r) -> r.path("resultsPublished").asLong()).sum();
		long rectifications = stream(board.path("totals")).mapToLong((r) -> r.path("rectificationItems").asLong())
			.sum();
		lines.add(String.format(Locale.ROOT,
				"province %s: %,d agencies in %d cities; %,d inspections (tasks), %,d results published, "
						+ "%,d rectification items (its dashboard's totals, all years)",
				province,
				agenciesByCity.entrySet()
					.stream()
					.filter((e) -> e.getKey().startsWith(province.substring(0, 2)))
					.mapToLong(Map.Entry::getValue)
					.sum(),
				agenciesByCity.keySet().stream().filter((c) -> c.startsWith(province.substring(0, 2))).count(),
				inspections, published, rectifications));
		lines.add(String.format(Locale.ROOT, "largest city with an account: %s, %,d agencies", city,
				agenciesByCity.getOrDefault(city, 0L)));
		return lines;
	}

	/**
	 * The latest year of the province's generated plans (the scoring dashboard's year).
	 */
	private int latestGeneratedYear(String province) {
		return stream(this.api.get(null, "/api/public/inspections/plans?region=" + province).json())
			.filter((p) -> p.path("title").asString().endsWith(GENERATED_TITLE_END))
			.mapToInt((p) -> p.path("year").asInt())
			.max()
			.orElse(LocalDate.now(ZoneOffset.UTC).getYear());
	}

	/**
	 * 总结报告 of the city's latest drawn generated plan, as the city (only the organising
	 * bureau may print it).
	 */
	private Measurement planSummary(String city, String cityAccount) {
		Optional<JsonNode> plan = stream(this.api.get(cityAccount, "/api/inspections/plans").json())
			.filter((p) -> p.path("title").asString().endsWith(GENERATED_TITLE_END))
			.filter((p) -> city.equals(p.path("region").asString()))
			.filter((p) -> !List.of("DRAFT", "PUBLISHED").contains(p.path("status").asString()))
			.max(Comparator.comparingInt((JsonNode p) -> p.path("year").asInt()));
		if (plan.isEmpty()) {
			return Measurement.notMeasured("a city's plan summary", PLAN_SUMMARY_BUDGET_MS,
					"city " + city + " has no drawn generated plan");
		}
		String path = "/api/inspections/plans/" + encode(plan.get().path("id").asString()) + "/summary.pdf";
		return measure("a city's plan summary (总结报告, " + plan.get().path("year").asInt() + ")", "GET " + path,
				cityAccount, PLAN_SUMMARY_BUDGET_MS, (i) -> this.api.timedGet(cityAccount, path));
	}

	/**
	 * The six query shapes of registry-service's benchmark, in turn, pages 0–4, as the
	 * province: plain page, name part, county, category, flag, status + city + category.
	 */
	private Measurement registrySearch(String provinceAccount, String city) {
		JsonNode first = ok(this.api.get(provinceAccount, "/api/registry/agencies?region=" + city + "&size=1"),
				"an agency of " + city)
			.json()
			.path("items")
			.path(0);
		String county = first.path("regionCode").asString(city);
		return measure("registry search (6 shapes in turn)",
				"GET /api/registry/agencies?… (page; name; county " + county + "; category; flag; status+city " + city
						+ "+category)",
				provinceAccount, REGISTRY_SEARCH_BUDGET_MS,
				(i) -> this.api.timedGet(provinceAccount, registrySearch(i, county, city)));
	}

	/**
	 * The {@code i}th search: the six shapes in turn, each through pages 0–4 of 20 rows
	 * (the name and category encoded as the SPA sends them).
	 */
	static String registrySearch(int i, String county, String city) {
		List<String> shapes = List.of("", "name=" + encode("公信") + "&", "region=" + county + "&",
				"category=FORENSIC_CLINICAL&", "flag=PREMISES_TOO_SMALL&",
				"status=ACTIVE&region=" + city + "&category=" + encode("文书") + "&");
		return "/api/registry/agencies?" + shapes.get(i % shapes.size()) + "page=" + (i / shapes.size()) % 5
				+ "&size=20";
	}

	/**
	 * A plan for the city per draw, created, published and committed untimed, then the
	 * draw call timed.
	 */
	private Measurement draws(String city, String cityAccount, Instant at) {
		say("drawing " + (this.options.drawWarmup() + this.options.draws()) + " plans of " + city);
		int year = at.atZone(ZoneOffset.UTC).getYear();
		String stamp = DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
		Tally tally = new Tally();
		for (int i = 0; i < this.options.drawWarmup() + this.options.draws(); i++) {
			DataSet.Plan plan = new DataSet.Plan(city, year, "national-bench " + stamp + " #" + (i + 1),
					LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31), 20, "xinxiang-2024-checklist", 1,
					"national-bench-" + stamp + "-" + i);
			PlatformClient.Reply created = this.api.post(cityAccount, "/api/inspections/plans",
					PlatformWriter.planBody(plan));
			String id = created.ok() ? created.json().path("id").asString() : null;
			PlatformClient.Reply ready = (id == null) ? created
					: this.api.post(cityAccount, "/api/inspections/plans/" + encode(id) + "/publish", null);
			if (ready.ok()) {
				ready = this.api.post(cityAccount, "/api/inspections/plans/" + encode(id) + "/draw/commitment", null);
			}
			if (!ready.ok()) {
				tally.failed("preparing a plan: " + ready);
				continue;
			}
			PlatformClient.Timed drawn = paced(
					() -> this.api.timedPost(cityAccount, "/api/inspections/plans/" + encode(id) + "/draw",
							Map.of("seed", plan.drawSeed(), "seedNote", "national-bench")));
			if (i >= this.options.drawWarmup()) {
				tally.add(drawn);
			}
		}
		return new Measurement("a draw for the largest city",
				"POST /api/inspections/plans/{id}/draw (plan of " + city + ", created for it)", cityAccount,
				DRAW_BUDGET_MS, Timings.of(tally.nanos), tally.failures,
				(tally.firstFailure != null) ? tally.firstFailure
						: "each draw on a plan of its own, titled national-bench " + stamp + " #n, kept");
	}

	/**
	 * Warm-up, then the measured runs; a 429 is waited for and the call sent again
	 * (neither counted); any other answer but 2xx is counted and its first kept.
	 */
	private Measurement measure(String query, String request, String account, long budgetMillis,
			IntFunction<PlatformClient.Timed> call) {
		say("timing " + query);
		Tally tally = new Tally();
		for (int i = 0; i < this.options.warmup() + this.options.runs(); i++) {
			int index = i;
			PlatformClient.Timed timed;
			try {
				timed = paced(() -> call.apply(index));
			}
			catch (IllegalStateException ex) {
				// no answer at all (timeout, refused connection): a failure of the read
				tally.failed(ex.getMessage());
				continue;
			}
			if (i >= this.options.warmup()) {
				tally.add(timed);
			}
		}
		return new Measurement(query, request, account, budgetMillis, Timings.of(tally.nanos), tally.failures,
				tally.firstFailure);
	}

	/**
	 * The measured calls of one read: the times of the 2xx answers, the others counted,
	 * the first kept.
	 */
	private static final class Tally {

		private final List<Long> nanos = new ArrayList<>();

		private int failures;

		private String firstFailure;

		void add(PlatformClient.Timed timed) {
			if (timed.reply().ok()) {
				this.nanos.add(timed.nanos());
			}
			else {
				failed(timed.reply().toString());
			}
		}

		void failed(String what) {
			this.failures++;
			this.firstFailure = (this.firstFailure != null) ? this.firstFailure : what;
		}

	}

	/** One call at least the pace after the last one; a 429 waited for and sent again. */
	private PlatformClient.Timed paced(Supplier<PlatformClient.Timed> call) {
		PlatformClient.Timed timed = null;
		for (int attempt = 0; attempt <= MAX_RATE_LIMITED; attempt++) {
			long wait = this.lastStart + Duration.ofMillis(this.options.paceMillis()).toNanos() - System.nanoTime();
			sleep((timed != null && timed.reply().status() == 429)
					? Duration.ofSeconds(Math.max(1, timed.retryAfterSeconds())).toNanos() : wait);
			this.lastStart = System.nanoTime();
			timed = call.get();
			if (timed.reply().status() != 429) {
				return timed;
			}
		}
		return timed;
	}

	private long total(String user, String path) {
		return ok(this.api.get(user, path), path).json().path("totalItems").asLong();
	}

	private static PlatformClient.Reply ok(PlatformClient.Reply reply, String what) {
		if (!reply.ok()) {
			throw new IllegalStateException(what + ": " + reply);
		}
		return reply;
	}

	private String account(String region) {
		String account = this.accounts.get(region);
		if (account == null) {
			throw new IllegalArgumentException("no account of " + region + " (--account " + region
					+ "=username, or --bureaus after the generator's --bureaus)");
		}
		return account;
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static void sleep(long nanos) {
		if (nanos <= 0) {
			return;
		}
		try {
			Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** CPU model and count, memory, operating system and Java, as far as Linux tells. */
	static String machine() {
		String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
		String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
			.map((kb) -> String.format(Locale.ROOT, "%.0f GiB",
					Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0))
			.orElse("memory unknown");
		return String.format(Locale.ROOT, "%s, %d cores, %s, %s %s, Java %s (%s); the platform on the same machine",
				cpu, Runtime.getRuntime().availableProcessors(), memory, System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.version"),
				System.getProperty("java.vm.name"));
	}

	private static Optional<String> firstValue(Path file, String key) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter((l) -> l.startsWith(key))
				.map((l) -> l.substring(l.indexOf(':') + 1).strip())
				.findFirst();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static void say(String message) {
		System.out.println("[national-bench] " + message);
	}

	/** The command line. */
	record Options(CommandLine.Connection connection, String ministry, Optional<String> province, Optional<String> city,
			int runs, int warmup, int draws, int drawWarmup, long paceMillis, Path out) {

		static Options parse(String[] args) {
			CommandLine line = new CommandLine();
			// the realm's read-only national account (keycloak/README.md)
			String ministry = "ministry";
			String province = null;
			String city = null;
			int runs = 100;
			int warmup = 10;
			// as many warm-up draws as warm-up reads: the first draws of a service run
			// its
			// code interpreted (20 after 2 on a fresh start: p50 29 ms; the same service
			// warm:
			// p50 12 ms, docs/capacity.md)
			int draws = 40;
			int drawWarmup = 10;
			long pace = 60;
			Path out = null;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				switch (arg) {
					case "--ministry" -> ministry = CommandLine.value(args, ++i, arg);
					case "--province" ->
						province = code(CommandLine.value(args, ++i, arg), "\\d{2}0000", arg, "a province");
					case "--city" ->
						city = code(CommandLine.value(args, ++i, arg), "\\d{2}(?!00)\\d{2}00", arg, "a city");
					case "--runs" -> runs = count(CommandLine.value(args, ++i, arg), 1, arg);
					case "--warmup" -> warmup = count(CommandLine.value(args, ++i, arg), 0, arg);
					case "--draws" -> draws = count(CommandLine.value(args, ++i, arg), 1, arg);
					case "--draw-warmup" -> drawWarmup = count(CommandLine.value(args, ++i, arg), 0, arg);
					case "--pace-ms" -> pace = count(CommandLine.value(args, ++i, arg), 0, arg);
					case "--out" -> out = Path.of(CommandLine.value(args, ++i, arg));
					default -> i = line.connection(args, i);
				}
			}
			return new Options(line.connection(), ministry, Optional.ofNullable(province), Optional.ofNullable(city),
					runs, warmup, draws, drawWarmup, pace, out);
		}

		private static String code(String value, String pattern, String option, String level) {
			if (!value.matches(pattern) || value.startsWith("00")) {
				throw new IllegalArgumentException(option + " wants " + level + "'s six-digit code: " + value);
			}
			return value;
		}

		private static int count(String value, int least, String option) {
			try {
				int n = Integer.parseInt(value);
				if (n >= least) {
					return n;
				}
			}
			catch (NumberFormatException ex) {
				// said below
			}
			throw new IllegalArgumentException(option + " wants a whole number of at least " + least + ": " + value);
		}

	}

}
