package org.shuangsuiji.registry.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp.Multipart;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyProfile;
import org.shuangsuiji.registry.agency.AgencyStore;
import org.shuangsuiji.registry.agency.CreditCode;
import org.shuangsuiji.registry.agency.LiabilityCover;
import org.shuangsuiji.registry.agency.Licence;
import org.shuangsuiji.registry.agency.Premises;
import org.shuangsuiji.registry.appraiser.Appraiser;
import org.shuangsuiji.registry.appraiser.AppraiserStatus;
import org.shuangsuiji.registry.appraiser.AppraiserStore;
import org.shuangsuiji.registry.appraiser.TrainingYear;
import org.shuangsuiji.registry.importing.AgencySheet;
import org.shuangsuiji.registry.support.RegistryTestBase;
import org.shuangsuiji.registry.support.Sheets;
import org.shuangsuiji.registry.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the default test run:
 * {@code ./mvnw -pl registry-service -am -Pbenchmark test}. Loads 3,000 agencies and
 * 40,000 appraisers, then measures paged agency search over loopback HTTP (p50/p95) and
 * the validate+apply time of a 3,000-row .xlsx import. Figures go to the console and to
 * {@code target/benchmark/registry-benchmark.txt}.
 */
@ServiceTest
class RegistryBenchmark extends RegistryTestBase {

	private static final int AGENCIES = 3_000;

	private static final int APPRAISERS = 40_000;

	private static final int WARMUP = 200;

	private static final int MEASURED = 1_000;

	private static final List<String> COUNTIES = List.of("410702", "410703", "410704", "410711", "410721", "410724",
			"410725", "410726", "410727", "410781", "410782", "410783", "420702", "420703", "420704");

	private static final List<BusinessCategory> CATEGORIES = Arrays.asList(BusinessCategory.values());

	@Autowired
	AgencyStore agencies;

	@Autowired
	AppraiserStore appraisers;

	@Test
	void searchAndImportAtThreeThousandAgencies() throws IOException {
		LocalDate today = LocalDate.now();
		Random random = new Random(42);
		long loadStart = System.nanoTime();
		List<Agency> agencyList = new ArrayList<>();
		for (int i = 0; i < AGENCIES; i++) {
			agencyList.add(agency(i, random, today));
		}
		this.agencies.insertAll(agencyList);
		List<Appraiser> appraiserList = new ArrayList<>();
		for (int i = 0; i < APPRAISERS; i++) {
			Agency agency = agencyList.get(i % AGENCIES);
			BusinessCategory category = agency.profile().categories().iterator().next();
			appraiserList.add(new Appraiser("bench-appr-" + i, "鉴定人" + i, "BENCH-" + i, today.minusYears(5),
					agency.id(), agency.profile().regionCode(), Set.of(category),
					List.of(new TrainingYear(today.getYear() - 1, 30 + random.nextInt(30))),
					(i % 17 == 0) ? AppraiserStatus.LEFT : AppraiserStatus.ACTIVE, null));
		}
		for (int from = 0; from < APPRAISERS; from += 5_000) {
			this.appraisers.insertAll(appraiserList.subList(from, Math.min(APPRAISERS, from + 5_000)));
		}
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

		String province = Tokens.henanProvince();
		long firstFlagStart = System.nanoTime();
		assertThat(this.api.as(province).get("/api/registry/agencies?flag=FEW_APPRAISERS").status()).isEqualTo(200);
		double firstFlagMillis = (System.nanoTime() - firstFlagStart) / 1e6;

		List<String> queries = List.of("/api/registry/agencies?page={page}&size=20",
				"/api/registry/agencies?name=" + enc("鉴定所1") + "&page={page}&size=20",
				"/api/registry/agencies?region=410725&page={page}&size=20",
				"/api/registry/agencies?category=FORENSIC_CLINICAL&page={page}&size=20",
				"/api/registry/agencies?flag=PREMISES_TOO_SMALL&page={page}&size=20",
				"/api/registry/agencies?status=ACTIVE&region=410700&category=" + enc("文书") + "&page={page}&size=20");
		for (int i = 0; i < WARMUP; i++) {
			this.api.as(province).get(queries.get(i % queries.size()).replace("{page}", String.valueOf(i % 5)));
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			String path = queries.get(i % queries.size()).replace("{page}", String.valueOf(i % 7));
			long start = System.nanoTime();
			Reply response = this.api.as(province).get(path);
			nanos[i] = System.nanoTime() - start;
			assertThat(response.status()).isEqualTo(200);
		}
		Arrays.sort(nanos);

		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < AGENCIES; i++) {
			String county = COUNTIES.get(i % 12);
			List<String> row = new ArrayList<>(Arrays.asList(new String[AgencySheet.HEADERS.size()]));
			row.set(0, "导入基准鉴定所" + i);
			row.set(1, CreditCode.withCheckCharacter("52" + county + "MB" + String.format("%07d", i)).value());
			row.set(2, county);
			row.set(7, CATEGORIES.get(i % CATEGORIES.size()).chineseName());
			row.set(8, "XK-B-" + i);
			row.set(11, "2099-12-31");
			row.set(20, String.valueOf(60 + i % 100));
			rows.add(row);
		}
		byte[] file = Sheets.xlsx(AgencySheet.HEADERS, rows);
		String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		long dryStart = System.nanoTime();
		Reply dry = this.api.as(province)
			.upload("/api/registry/imports/agencies?dryRun=true",
					new Multipart().file("file", "bench.xlsx", xlsx, file));
		double dryMillis = (System.nanoTime() - dryStart) / 1e6;
		assertThat(dry.status()).as(dry.body()).isEqualTo(200);
		long importStart = System.nanoTime();
		Reply imported = this.api.as(province)
			.upload("/api/registry/imports/agencies", new Multipart().file("file", "bench.xlsx", xlsx, file));
		double importMillis = (System.nanoTime() - importStart) / 1e6;
		assertThat(imported.json().get("created").asInt()).isEqualTo(AGENCIES);
		long reimportStart = System.nanoTime();
		Reply reimported = this.api.as(province)
			.upload("/api/registry/imports/agencies", new Multipart().file("file", "bench.xlsx", xlsx, file));
		double reimportMillis = (System.nanoTime() - reimportStart) / 1e6;
		assertThat(reimported.json().get("unchanged").asInt()).isEqualTo(AGENCIES);

		String report = String.join("\n", "registry-service benchmark (" + LocalDate.now() + ")",
				"machine: " + machine(),
				"data: " + AGENCIES + " agencies, " + APPRAISERS + " appraisers, loaded in "
						+ String.format("%.1f s", loadSeconds),
				"first flag search after the bulk load (computes every agency's flags): "
						+ String.format("%.0f ms", firstFlagMillis),
				"paged agency search over loopback HTTP, " + MEASURED + " requests after " + WARMUP + " warm-up, "
						+ queries.size() + " query shapes:",
				String.format("  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", ms(nanos, 0.50), ms(nanos, 0.95),
						ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6),
				"import of a " + AGENCIES + "-row .xlsx (" + file.length / 1024 + " KiB), upload to response:",
				String.format("  validate only (dryRun): %.0f ms", dryMillis),
				String.format("  validate + apply (3,000 new agencies): %.0f ms", importMillis),
				String.format("  re-import of the same file (nothing changes): %.0f ms", reimportMillis));
		System.out.println(report);
		Path out = Path.of("target", "benchmark", "registry-benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report + "\n");
	}

	private static Agency agency(int i, Random random, LocalDate today) {
		String county = COUNTIES.get(i % COUNTIES.size());
		Set<BusinessCategory> categories = EnumSet.of(CATEGORIES.get(i % CATEGORIES.size()));
		if (i % 3 == 0) {
			categories.add(BusinessCategory.DOCUMENT);
		}
		AgencyProfile profile = new AgencyProfile("基准鉴定所" + i,
				CreditCode.withCheckCharacter("52" + county + "MC" + String.format("%07d", i)), RegionCode.of(county),
				"基准路" + i + "号", "法人" + i, "联系人" + i, "0373-" + (3000000 + i), categories,
				new Licence("XK-" + i, "省司法厅", today.minusYears(3), today.plusDays(random.nextInt(2000) - 100)),
				List.of(), new Premises(BigDecimal.valueOf(50 + random.nextInt(150)), Set.of()), List.of(),
				new LiabilityCover(LiabilityCover.Kind.INSURANCE, "保险", "P-" + i, today.plusYears(1)));
		return Agency.register("bench-" + i, profile, null);
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
	}

	private static String machine() {
		String cpu = "unknown CPU";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.findFirst()
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.orElse(cpu);
		}
		catch (IOException ex) {
			// Not Linux: the JVM's view below still says enough.
		}
		return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.version") + ", " + ManagementFactory.getOperatingSystemMXBean().getName()
				+ "; MongoDB-protocol server in memory in the same JVM; load average at the end " + loadAverage();
	}

	/** Other work on the machine skews every figure: say how busy it was. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
