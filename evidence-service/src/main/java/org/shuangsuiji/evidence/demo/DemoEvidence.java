package org.shuangsuiji.evidence.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.evidence.config.EvidenceConfiguration;
import org.shuangsuiji.evidence.config.EvidenceProperties;
import org.shuangsuiji.evidence.inspection.TaskAccess;
import org.shuangsuiji.evidence.record.EvidenceEvents;
import org.shuangsuiji.evidence.record.EvidenceRecords;
import org.shuangsuiji.evidence.record.EvidenceService;
import org.shuangsuiji.evidence.record.Inspections;
import org.shuangsuiji.evidence.record.UploadCommand;
import org.shuangsuiji.evidence.record.UploadResult;
import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo evidence for the local run (profile {@code local} only): three generated files for
 * the task of the fictional agency demo-xx-02 in 原阳县 in inspection-service's demo plan
 * ({@code demo-xinxiang-2024:demo-xx-02}; the plan samples every agency, so the task
 * exists). Loaded straight through the use case at start-up, not over HTTP: the loader's
 * own {@link EvidenceService} answers for that one task as its team would be answered, so
 * nothing reachable from outside skips inspection-service's word. Reads over HTTP ask
 * inspection-service as always. Idempotency-Keys make a second start return the same
 * records instead of adding new ones. Runs after the indexes ({@code @Order(0)} in
 * config).
 */
@Component
@Profile("local")
@Order(100)
class DemoEvidence implements ApplicationRunner {

	static final String INSPECTION = "demo-xinxiang-2024:demo-xx-02";

	/**
	 * The demo task as inspection-service knows it; the demo plan schedules no date, so
	 * the photos get no day flag.
	 */
	static final TaskAccess TASK = new TaskAccess(INSPECTION, "demo-xx-02", RegionCode.of("410725"), null, "CHECKING",
			TaskAccess.Relation.TEAM, new TaskAccess.Rights(true, false, false));

	private static final Logger log = LoggerFactory.getLogger(DemoEvidence.class);

	private final EvidenceService evidence;

	DemoEvidence(EvidenceRecords records, Inspections inspections, EvidenceEvents trail, ObjectStore store,
			EvidenceProperties properties, Clock clock, DomainEvents events) {
		this.evidence = new EvidenceService(records, inspections, trail, store,
				EvidenceConfiguration.settings(properties), clock, () -> UUID.randomUUID().toString(), events,
				(taskId) -> {
					if (!INSPECTION.equals(taskId)) {
						throw new IllegalArgumentException("the demo loader answers for " + INSPECTION + " only");
					}
					return TASK;
				});
	}

	@Override
	public void run(ApplicationArguments args) {
		Caller loader = new Caller("demo-loader", "演示数据 (fictional)", Set.of(Role.INSPECTOR), RegionCode.of("410700"),
				null);
		try {
			load(loader, "demo-gate", "GATE_PHOTO", "1", "demo-gate.jpg", photo("DEMO gate photo (fictional)"));
			load(loader, "demo-meeting", "MEETING_PHOTO", null, "demo-meeting.jpg",
					photo("DEMO opening meeting (fictional)"));
			load(loader, "demo-fact-sheet", "SIGNED_FACT_SHEET", null, "demo-fact-sheet.pdf", pdf());
		}
		catch (RuntimeException ex) {
			// The object store may not be up yet; the local run stays usable without demo
			// files.
			log.warn("Demo evidence not loaded: {}", ex.getMessage());
		}
	}

	private void load(Caller loader, String key, String kind, String item, String fileName, byte[] content) {
		UploadCommand command = UploadCommand.parse(INSPECTION, null, item, kind, null, null, fileName, key);
		UploadResult result = this.evidence.upload(this.evidence.requireUploader(loader, INSPECTION), command,
				new ByteArrayInputStream(content), content.length);
		log.info("Demo evidence {} {} ({})", result.record().id(), fileName, result.created() ? "loaded" : "present");
	}

	private static byte[] photo(String caption) {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(40, 70, 120));
		graphics.fillRect(0, 0, 640, 480);
		graphics.setColor(Color.WHITE);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
		graphics.drawString(caption, 40, 240);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
				2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj
				trailer<</Root 1 0 R>>
				%% DEMO fact confirmation sheet (fictional)
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

}
