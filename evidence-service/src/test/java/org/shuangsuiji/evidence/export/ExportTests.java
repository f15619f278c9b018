package org.shuangsuiji.evidence.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.evidence.testing.EvidenceTokens;
import org.shuangsuiji.evidence.testing.Samples;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.evidence.testing.EvidenceServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.evidence.testing.Upload.upload;

/**
 * The export as a reviewer receives it, checked with the documented command: the module's
 * {@code tools/verify-evidence-export.sh} (sha256sum, sed and awk only).
 */
@EvidenceServiceTest
class ExportTests {

	private static final String YUANYANG = "410725";

	private static final Path SCRIPT = Path.of("tools/verify-evidence-export.sh");

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private final String token = EvidenceTokens.token(Role.PROVINCE, "410000");

	private TestHttp api() {
		return TestHttp.on(this.port).as(this.token);
	}

	private String inspectionWithEvidence() {
		String inspection = InspectionStub.newOpenTask("agency-1", YUANYANG);
		upload(inspection, "GATE_PHOTO", YUANYANG, "agency-1").put(api(), "gate.jpg", Samples.jpeg(30, 20));
		String withdrawn = upload(inspection, "PROCESS_PHOTO", YUANYANG, "agency-1")
			.put(api(), "process.png", Samples.png(9, 9))
			.json("id");
		api().post("/api/evidence/" + withdrawn + "/withdrawal", "{\"reason\":\"重复\"}");
		upload(inspection, "SIGNED_FACT_SHEET", YUANYANG, "agency-1").with("checklistItem", "4")
			.put(api(), "事实确认单.pdf", Samples.pdf());
		return inspection;
	}

	private Path export(String inspection) throws IOException {
		Reply reply = api().get("/api/evidence/inspections/" + inspection + "/export");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("application/zip");
		assertThat(reply.header("Content-Disposition")).contains("evidence-" + inspection.replace(':', '_') + ".zip");
		Path zip = this.dir.resolve("evidence-" + inspection + ".zip");
		Files.write(zip, reply.bytes());
		return zip;
	}

	@Test
	void exportsFilesHashesChainManifestAndTheVerificationScript() throws IOException {
		String inspection = inspectionWithEvidence();

		Path zip = export(inspection);

		List<String> names = new ArrayList<>();
		JsonNode manifest = null;
		try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
			ZipEntry entry;
			while ((entry = entries.getNextEntry()) != null) {
				names.add(entry.getName());
				if (entry.getName().equals("manifest.json")) {
					manifest = JsonMapper.builder().build().readTree(entries.readAllBytes());
				}
			}
		}
		assertThat(names).contains("SHA256SUMS", "CHAIN", "manifest.json", "README.txt", "verify-evidence-export.sh");
		assertThat(names).filteredOn((name) -> name.startsWith("files/")).hasSize(3);
		assertThat(names).filteredOn((name) -> name.startsWith("records/")).hasSize(3);
		assertThat(manifest.path("inspectionId").asString()).isEqualTo(inspection);
		assertThat(manifest.path("files").get(1).path("withdrawal").path("reason").asString()).isEqualTo("重复");
		assertThat(manifest.path("files").get(2).path("fileName").asString()).isEqualTo("事实确认单.pdf");
		assertThat(manifest.path("headHash").asString())
			.isEqualTo(api().get("/api/evidence/inspections/" + inspection).json("headHash"));
	}

	@Test
	void theDocumentedCommandAcceptsAnUntouchedExport() throws Exception {
		Path zip = export(inspectionWithEvidence());

		Result result = run(zip.toString());

		assertThat(result.exit()).as(result.output()).isZero();
		assertThat(result.output()).contains("records: 3").contains("OK:");
	}

	@Test
	void theScriptShippedInsideTheExportWorksOnItsOwnFolder() throws Exception {
		Path folder = unzip(export(inspectionWithEvidence()));

		Process process = new ProcessBuilder("sh", "verify-evidence-export.sh", ".").directory(folder.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
	}

	@Test
	void theDocumentedCommandNamesAFileChangedAfterExport() throws Exception {
		Path folder = unzip(export(inspectionWithEvidence()));
		Path photo;
		try (var files = Files.list(folder.resolve("files"))) {
			photo = files.filter((p) -> p.toString().endsWith(".jpg")).findFirst().orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(photo);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(photo, bytes);

		Result result = run(folder.toString());

		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("files/" + photo.getFileName() + ": FAILED").contains("FAILED:");
	}

	@Test
	void theDocumentedCommandNamesARecordWhoseTextOrLinkWasChanged() throws Exception {
		Path folder = unzip(export(inspectionWithEvidence()));
		Path second;
		try (var records = Files.list(folder.resolve("records"))) {
			second = records.filter((p) -> p.getFileName().toString().startsWith("0002-")).findFirst().orElseThrow();
		}
		String text = Files.readString(second).replace("kind=PROCESS_PHOTO", "kind=OTHER");
		Files.writeString(second, text);

		Result result = run(folder.toString());

		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("records/" + second.getFileName() + ": FAILED");
	}

	@Test
	void theDocumentedCommandSeesAFileAndItsSumSwappedTogether() throws Exception {
		Path folder = unzip(export(inspectionWithEvidence()));
		Path sums = folder.resolve("SHA256SUMS");
		List<String> lines = Files.readAllLines(sums);
		String first = lines.get(0);
		Path photo = folder.resolve(first.substring(66));
		byte[] replacement = Samples.jpeg(31, 20);
		Files.write(photo, replacement);
		lines.set(0, org.shuangsuiji.evidence.content.Sha256.of(replacement) + first.substring(64));
		Files.write(sums, lines);

		Result result = run(folder.toString());

		assertThat(result.exit()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("is not what SHA256SUMS lists");
	}

	private Path unzip(Path zip) throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("unzipped-" + UUID.randomUUID()));
		try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
			ZipEntry entry;
			while ((entry = entries.getNextEntry()) != null) {
				Path target = folder.resolve(entry.getName()).normalize();
				Files.createDirectories(target.getParent());
				Files.copy(new ByteArrayInputStream(entries.readAllBytes()), target);
			}
		}
		return folder;
	}

	private static Result run(String target) throws Exception {
		Process process = new ProcessBuilder("sh", SCRIPT.toAbsolutePath().toString(), target).redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	record Result(int exit, String output) {
	}

}
