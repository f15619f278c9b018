package org.shuangsuiji.localrun;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.shuangsuiji.localrun.GatewayApi.Reply;
import tools.jackson.databind.JsonNode;

/**
 * The demo story: carries inspections of the demo 新乡 2024 plan through the procedure of
 * seed 000 附件2 with the demo accounts, through the gateway, exactly as people would, and
 * leaves them in different states so that a newcomer can look at each step. On the way it
 * checks what must be refused (another team, another agency, a step out of order, closing
 * without the photos) and that anonymous users see only what is published.
 * <p>
 * It runs once on a fresh data folder (when the first demo task is still unscheduled) and
 * prints one {@code [story]} line per check and a final count.
 */
final class DemoStory {

	static final String PLAN = "demo-xinxiang-2024";

	/**
	 * The 原阳 plan of the coming weeks; inspection-service's demo loader schedules its
	 * visit of {@link #UPCOMING_AGENCY} three weeks ahead of the first start.
	 */
	static final String UPCOMING_PLAN = "demo-xinxiang-upcoming";

	static final String UPCOMING_AGENCY = "demo-xx-02";

	static final String CITY = "xinxiang-city";

	static final String PROVINCE = "henan-province";

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final GatewayApi api;

	private final Verdicts verdicts = new Verdicts("story");

	DemoStory(GatewayApi api) {
		this.api = api;
	}

	/**
	 * One demo inspection: the agency, an inspector on its team, the agency's account.
	 */
	record Inspection(String agencyId, String inspector, String agencyUser, LocalDate day) {

		String taskId() {
			return PLAN + ":" + this.agencyId;
		}

		String path() {
			return "/api/inspections/tasks/" + taskId();
		}

	}

	// The teams come from the demo draw: shuangsuiji-draw/2 with the demo's fixed
	// randomness (inspection-service XinxiangDemoPlan.DRAW_RANDOMNESS, ADR 0405), the
	// fixed
	// seed and the registry's demo data; the accounts' persons are in keycloak/README.md.
	static final Inspection PUBLISHED = new Inspection("demo-xx-01", "xinxiang-inspector-1", "xinxiang-agency-1",
			LocalDate.of(2024, 6, 4));

	static final Inspection IN_REVIEW = new Inspection("demo-xx-02", "xinxiang-inspector-2", "xinxiang-agency-2",
			LocalDate.of(2024, 6, 5));

	static final Inspection FACT_SHEET_SIGNED = new Inspection("demo-xx-03", "xinxiang-inspector-3",
			"xinxiang-agency-3", LocalDate.of(2024, 6, 6));

	static final Inspection CONCLUDED = new Inspection("demo-xx-04", "xinxiang-inspector-4", "xinxiang-agency-4",
			LocalDate.of(2024, 6, 7));

	static final Inspection CHECKING = new Inspection("demo-xx-19", "xinxiang-inspector-4", null,
			LocalDate.of(2024, 6, 11));

	static final Inspection CHECKED_IN = new Inspection("demo-xx-20", "xinxiang-inspector-2", null,
			LocalDate.of(2024, 6, 12));

	static final Inspection FINDINGS_DISCUSSED = new Inspection("demo-xx-16", "xinxiang-inspector-3", null,
			LocalDate.of(2024, 6, 13));

	static final Inspection SCHEDULED = new Inspection("demo-xx-28", "xinxiang-inspector-1", null,
			LocalDate.of(2024, 6, 14));

	static final Inspection FACT_SHEET_ISSUED = new Inspection("demo-xx-29", "xinxiang-inspector-4", null,
			LocalDate.of(2024, 6, 17));

	int passed() {
		return this.verdicts.passed();
	}

	/**
	 * Tells the story unless it was told on this data folder; returns the failed checks.
	 */
	int run() {
		JsonNode first = this.api.get(CITY, PUBLISHED.path()).json();
		if (!"PLANNED".equals(first.path("status").asString(""))) {
			say("the demo story was told on this data folder before (" + PUBLISHED.taskId() + " is "
					+ first.path("status").asString("missing") + ")");
			return 0;
		}
		for (Inspection inspection : List.of(PUBLISHED, IN_REVIEW, FACT_SHEET_SIGNED, CONCLUDED, CHECKING, CHECKED_IN,
				FINDINGS_DISCUSSED, SCHEDULED, FACT_SHEET_ISSUED)) {
			schedule(inspection);
		}
		fullStory(PUBLISHED);
		refusedFactSheet(IN_REVIEW);
		signedNotClosed(FACT_SHEET_SIGNED);
		upToFactSheet(FACT_SHEET_ISSUED);
		signedAndConcluded(CONCLUDED);
		answerAll(CHECKING, arriveAndOpenSheet(CHECKING), 8);
		checkIn(CHECKED_IN);
		answerAll(FINDINGS_DISCUSSED, arriveAndOpenSheet(FINDINGS_DISCUSSED), 21);
		discuss(FINDINGS_DISCUSSED);
		checkPublicView();
		checkPublicDraw();
		checkUnannounced();
		say(this.verdicts.tally());
		return this.verdicts.failed();
	}

	// --- the stories ---------------------------------------------------------------

	/**
	 * Notice → check-in → answers → photos → fact sheet → signed → closed → published.
	 */
	private void fullStory(Inspection it) {
		expect("another team's inspector cannot check in at " + it.agencyId(),
				this.api.post("xinxiang-inspector-2", it.path() + "/check-in", Map.of()), 403);
		checkIn(it);
		expect("checking in twice is a step out of order",
				this.api.post(it.inspector(), it.path() + "/check-in", Map.of()), 409);
		startChecking(it);
		String sheet = createSheet(it);
		expect("a second official sheet for one task is refused", this.api.post(it.inspector(), "/api/scoring/sheets",
				Map.of("inspectionId", it.taskId(), "mode", "OFFICIAL")), 409);
		expect("another team's inspector cannot answer this sheet", this.api.put("xinxiang-inspector-2",
				"/api/scoring/sheets/" + sheet + "/items/1", Map.of("version", 0, "finding", "B")), 403);
		expect("a sheet with unanswered items cannot be submitted",
				this.api.post(it.inspector(), "/api/scoring/sheets/" + sheet + "/submit", Map.of()), 422);
		answerAll(it, sheet, 21);
		List<String> photos = uploadPhotos(it);
		attachEvidence(it, sheet, photos.get(2));
		dossier(it);
		discuss(it);
		submit(it, sheet);
		issueFactSheet(it);
		List<Map<String, String>> checks = List
			.of("OPINION_VS_RECORD", "SIGNATURES", "SEAL", "REVIEW_RECORD", "INTERVENTION_RECORD")
			.stream()
			.map((item) -> Map.of("item", item, "result", "OK"))
			.toList();
		expect("the dossier sample closes with the fact sheet", this.api.put(it.inspector(),
				it.path() + "/dossier/files/XX01-2023-001/review", Map.of("checks", checks)), 409);
		checkFactSheetPdf(it);
		expect("another agency cannot confirm this fact sheet", this.api.post("xinxiang-agency-2",
				it.path() + "/fact-sheet/confirmation", Map.of("signedScanEvidenceId", "none", "opinion", "无")), 403);
		confirm(it);
		close(it);
		expect("a closed task takes no answers", this.api.put(it.inspector(),
				"/api/scoring/sheets/" + sheet + "/items/1", Map.of("version", 1, "finding", "B")), 409, 403);
		feedback(it);
		conclude(it, false);
		rectify(it);
		publish(it);
	}

	/** The agency refuses to sign; the city sends the agency to the province for 复核研判. */
	private void refusedFactSheet(Inspection it) {
		String sheet = arriveAndOpenSheet(it);
		answerAll(it, sheet, 21);
		uploadPhotos(it);
		discuss(it);
		submit(it, sheet);
		issueFactSheet(it);
		String proof = upload(it.inspector(), it, "OTHER", "refusal-record.jpg", photo("拒签记录 " + it.agencyId()));
		expect("the team records the agency's refusal to sign",
				this.api.post(it.inspector(), it.path() + "/fact-sheet/refusal",
						Map.of("reason", "机构负责人对第4项认定有异议，拒绝签字（演示）", "evidenceIds", List.of(proof))),
				200);
		close(it);
		conclude(it, true);
		JsonNode queue = this.api.get(PROVINCE, "/api/inspections/reviews?status=PENDING").json();
		check("the province's review queue lists " + it.agencyId(),
				contains(queue, (n) -> n.toString().contains(it.agencyId())));
		expect("a city cannot decide a provincial review", this.api.post(CITY,
				"/api/inspections/reviews/" + it.taskId() + "/decision", Map.of("decision", "CONFIRM", "note", "x")),
				403);
	}

	private void upToFactSheet(Inspection it) {
		answerAll(it, arriveAndOpenSheet(it), 21);
		uploadPhotos(it);
		discuss(it);
		issueFactSheet(it);
	}

	/** The agency confirmed the fact sheet; the team has not closed yet. */
	private void signedNotClosed(Inspection it) {
		upToFactSheet(it);
		confirm(it);
		String status = this.api.get(CITY, it.path()).json().path("status").asString("");
		check(it.agencyId() + " is left signed and not closed (" + status + ")", "FACT_SHEET_SIGNED".equals(status));
	}

	private void signedAndConcluded(Inspection it) {
		String sheet = arriveAndOpenSheet(it);
		expect("closing before the photos and the signature is refused",
				this.api.post(it.inspector(), it.path() + "/close", Map.of()), 409, 422);
		answerAll(it, sheet, 21);
		discuss(it);
		submit(it, sheet);
		issueFactSheet(it);
		confirm(it);
		expect("closing without the three kinds of photo is refused",
				this.api.post(it.inspector(), it.path() + "/close", Map.of()), 422);
		uploadPhotos(it);
		close(it);
		conclude(it, false);
	}

	// --- the steps --------------------------------------------------------------------

	private void schedule(Inspection it) {
		Map<String, Object> body = Map.of("day", it.day().toString(), "start", "09:00:00", "notifyAt",
				it.day().minusDays(1).atTime(10, 0).toString());
		expect("the city schedules " + it.agencyId() + " on " + it.day(),
				this.api.put(CITY, it.path() + "/schedule", body), 200);
	}

	/** The team checks in, starts checking and opens the official sheet: its id. */
	private String arriveAndOpenSheet(Inspection it) {
		checkIn(it);
		startChecking(it);
		return createSheet(it);
	}

	private void checkIn(Inspection it) {
		expect(it.inspector() + " checks in at " + it.agencyId(),
				this.api.post(it.inspector(), it.path() + "/check-in", Map.of("note", "全体检查人员抵达（演示）")), 200);
	}

	private void startChecking(Inspection it) {
		expect("checking starts at " + it.agencyId(),
				this.api.post(it.inspector(), it.path() + "/start-checking", Map.of()), 200);
	}

	private String createSheet(Inspection it) {
		Reply created = this.api.post(it.inspector(), "/api/scoring/sheets",
				Map.of("inspectionId", it.taskId(), "mode", "OFFICIAL"));
		expect(it.inspector() + " opens the official sheet of " + it.agencyId(), created, 201);
		return created.json().path("id").asString("");
	}

	/**
	 * Answers the first {@code count} items of the 新乡 checklist: 未发现 (B) except item 7
	 * and 12, where something was found (A).
	 */
	private void answerAll(Inspection it, String sheet, int count) {
		int answered = 0;
		for (int item = 1; item <= count; item++) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("version", 0);
			if (item == 7 || item == 12) {
				answer.put("finding", "A");
				answer.put("subPoints", List.of(1));
				answer.put("note", "第" + item + "项发现问题（演示）");
			}
			else {
				answer.put("finding", "B");
			}
			if (this.api.put(it.inspector(), "/api/scoring/sheets/" + sheet + "/items/" + item, answer)
				.status() == 200) {
				answered++;
			}
		}
		check(it.inspector() + " answers " + count + " items of " + it.agencyId() + " (" + answered + ")",
				answered == count);
	}

	private void submit(Inspection it, String sheet) {
		Reply submitted = this.api.post(it.inspector(), "/api/scoring/sheets/" + sheet + "/submit", Map.of());
		expect("the team submits the sheet of " + it.agencyId(), submitted, 200);
	}

	/** The gate, meeting and process photos, in that order. */
	private List<String> uploadPhotos(Inspection it) {
		List<String> ids = new java.util.ArrayList<>();
		for (String kind : List.of("GATE_PHOTO", "MEETING_PHOTO", "PROCESS_PHOTO")) {
			ids.add(upload(it.inspector(), it, kind, kind.toLowerCase() + ".jpg", photo(kind + " " + it.agencyId())));
		}
		return ids;
	}

	/**
	 * Item 7's finding rests on the process photo; scoring-service checks the id with
	 * evidence-service and refuses one that is not this inspection's.
	 */
	private void attachEvidence(Inspection it, String sheet, String photoId) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("version", 1);
		answer.put("finding", "A");
		answer.put("subPoints", List.of(1));
		answer.put("note", "第7项发现问题（演示），见检查过程照片");
		answer.put("evidenceIds", List.of(photoId));
		Reply attached = this.api.put(it.inspector(), "/api/scoring/sheets/" + sheet + "/items/7", answer);
		expect("the team rests item 7 of " + it.agencyId() + " on its process photo", attached, 200);
		check("the answer keeps the photo's id",
				attached.json().path("answer").path("evidenceIds").toString().contains(photoId)
						|| attached.text().contains(photoId));
		Map<String, Object> foreign = new LinkedHashMap<>(answer);
		foreign.put("version", 2);
		foreign.put("evidenceIds", List.of("not-evidence-of-" + it.agencyId()));
		expect("an answer cannot rest on evidence that is not this inspection's",
				this.api.put(it.inspector(), "/api/scoring/sheets/" + sheet + "/items/7", foreign), 422);
	}

	private String upload(String user, Inspection it, String kind, String fileName, byte[] jpeg) {
		Reply reply = this.api.upload(user, "/api/evidence/inspections/" + it.taskId() + "/files", Map.of("kind", kind),
				fileName, "image/jpeg", jpeg);
		expect(user + " uploads " + kind + " for " + it.agencyId(), reply, 201);
		return reply.json().path("id").asString("");
	}

	/** Imports a register of 30 cases, commits, draws 20 files and reviews one. */
	private void dossier(Inspection it) {
		StringBuilder csv = new StringBuilder("案件编号,委托日期,业务类别,鉴定类型,疑难,非常规\n");
		for (int i = 1; i <= 30; i++) {
			csv.append("XX01-2023-")
				.append(String.format("%03d", i))
				.append(',')
				.append(LocalDate.of(2023, 1, 5).plusDays(i * 11L))
				.append(",法医临床鉴定,伤残等级鉴定,")
				.append((i % 7 == 0) ? "是" : "否")
				.append(',')
				.append((i % 9 == 0) ? "是" : "否")
				.append('\n');
		}
		String base = it.path() + "/dossier";
		byte[] register = csv.toString().getBytes(StandardCharsets.UTF_8);
		expect("the city reads the sample but does not take it: the team does, on site",
				this.api.upload(CITY, base + "/registers/COMMISSION", Map.of(), "委托登记表.csv", "text/csv", register),
				403);
		expect("the team imports the register of " + it.agencyId(), this.api.upload(it.inspector(),
				base + "/registers/COMMISSION", Map.of(), "委托登记表.csv", "text/csv", register), 200, 201);
		expect("the dossier inputs are committed before the seed",
				this.api.post(it.inspector(), base + "/commitment", Map.of()), 200, 201);
		Reply drawn = this.api.post(it.inspector(), base + "/draw", Map.of("seed", "DEMO-DOSSIER-" + it.agencyId()));
		expect("20 case files are drawn", drawn, 200, 201);
		check("the dossier draw took 20 of 30 files", drawn.json().path("draw").path("caseNumbers").size() == 20);
	}

	private void discuss(Inspection it) {
		expect("the team fixes the main findings of " + it.agencyId(),
				this.api.post(it.inspector(), it.path() + "/findings-discussed",
						Map.of("mainFindings", List.of("鉴定材料登记表未记录材料移交时间（演示）", "部分鉴定意见书未附复核记录（演示）"))),
				200);
	}

	private void issueFactSheet(Inspection it) {
		expect("the team issues the 事实确认单 of " + it.agencyId(), this.api.post(it.inspector(), it.path() + "/fact-sheet",
				Map.of("categoriesInspected", List.of("FORENSIC_CLINICAL"))), 200);
	}

	/** The PDF carries the agency's name and the facts in real Chinese text. */
	private void checkFactSheetPdf(Inspection it) {
		Reply pdf = this.api.get(it.inspector(), it.path() + "/fact-sheet.pdf");
		expect("the 事实确认单 PDF of " + it.agencyId() + " is served", pdf, 200);
		if (pdf.status() != 200) {
			return;
		}
		try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			check("the 事实确认单 PDF reads 事实确认单 and the facts",
					text.contains("事实确认单") && text.contains("鉴定材料登记表未记录材料移交时间"));
		}
		catch (IOException ex) {
			check("the 事实确认单 PDF opens (" + ex.getMessage() + ")", false);
		}
	}

	private void confirm(Inspection it) {
		String scan = upload(it.agencyUser(), it, "SIGNED_FACT_SHEET", "事实确认单-签字.jpg", photo("签字盖章 " + it.agencyId()));
		expect(it.agencyUser() + " confirms the 事实确认单",
				this.api.post(it.agencyUser(), it.path() + "/fact-sheet/confirmation",
						Map.of("signedScanEvidenceId", scan, "opinion", "对上述事实无异议（演示）")),
				200);
	}

	private void close(Inspection it) {
		Reply closed = this.api.post(it.inspector(), it.path() + "/close", Map.of());
		expect("the team closes the inspection of " + it.agencyId(), closed, 200);
		check("closing sealed the evidence head and the sheet result",
				!closed.json().path("seal").path("evidenceHeadHash").asString("").isEmpty());
	}

	private void feedback(Inspection it) {
		expect(it.agencyUser() + " files its 意见反馈表 to the city", this.api.post(it.agencyUser(), it.path() + "/feedback",
				Map.of("hasOpinion", true, "text", "建议检查组提前告知需准备的档案清单（演示）", "signer", "机构负责人（演示）")), 200, 201);
	}

	private void conclude(Inspection it, boolean toProvince) {
		Reply recommendation = this.api.get(CITY, it.path() + "/conclusion");
		expect("the conclusion of " + it.agencyId() + " is recommended from the sheet", recommendation, 200);
		JsonNode recommended = recommendation.json().path("recommendation");
		List<Map<String, Object>> actions = new ArrayList<>();
		recommended.path("actions").forEach((a) -> actions.add(Map.of("code", a.path("code").asString())));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", recommended.path("outcome").path("code").asString(""));
		body.put("reason", toProvince ? "拒签事实确认单，问题较多，报省厅复核研判（演示）" : "与检查组建议一致（演示）");
		body.put("actions", actions);
		body.put("sendToProvince", toProvince);
		expect("the city records the conclusion of " + it.agencyId(),
				this.api.put(CITY, it.path() + "/conclusion", body), 200);
	}

	private void rectify(Inspection it) {
		Reply created = this.api.post(CITY, it.path() + "/rectifications", Map.of("items", List.of(Map.of("findingRef",
				"7", "itemId", "7", "description", "补记鉴定材料移交时间（演示）", "deadline", it.day().plusDays(30).toString()))));
		expect("the city turns a finding into a rectification item", created, 200, 201);
		JsonNode items = created.json().path("items");
		String itemId = items.isArray() && items.size() > 0 ? items.get(0).path("id").asString("") : "";
		String proof = upload(it.agencyUser(), it, "RECTIFICATION_PROOF", "整改材料.jpg", photo("整改 " + it.agencyId()));
		expect("another agency cannot answer this rectification", this.api.post("xinxiang-agency-2",
				it.path() + "/rectifications/" + itemId + "/response", Map.of("text", "x", "evidenceIds", List.of())),
				403);
		expect(it.agencyUser() + " answers the rectification item",
				this.api.post(it.agencyUser(), it.path() + "/rectifications/" + itemId + "/response",
						Map.of("text", "已补记全部移交时间（演示）", "evidenceIds", List.of(proof))),
				200);
		expect("the city accepts the rectification", this.api.post(CITY,
				it.path() + "/rectifications/" + itemId + "/review", Map.of("accept", true, "comment", "整改到位（演示）")),
				200);
	}

	private void publish(Inspection it) {
		expect("the city publishes the result of " + it.agencyId(),
				this.api.post(CITY, it.path() + "/publication", Map.of("organiser", "新乡市司法局")), 201);
	}

	private void checkPublicView() {
		Reply results = this.api.get(null, "/api/public/inspections/results?plan=" + PLAN);
		expect("anonymous users read the published results", results, 200);
		String body = results.text();
		check("the public results show " + PUBLISHED.agencyId() + " and not the unpublished " + IN_REVIEW.agencyId(),
				body.contains(PUBLISHED.agencyId()) && !body.contains(IN_REVIEW.agencyId()));
		String sealed = this.api.get(CITY, PUBLISHED.path()).json().path("seal").path("evidenceHeadHash").asString("");
		check("the published result carries the evidence head sealed at closing", sealed.matches("[0-9a-f]{64}")
				&& contains(results.json(), (n) -> sealed.equals(n.path("evidenceHeadHash").asString(""))));
		expect("anonymous users cannot read a task", this.api.get(null, PUBLISHED.path()), 401);
	}

	/**
	 * The public record of the demo draw ({@code shuangsuiji-draw/2}, issue #12 finding
	 * 7) names nobody; a drawn inspector finds their own ref on their team, and only
	 * theirs.
	 */
	private void checkPublicDraw() {
		Reply draw = this.api.get(null, "/api/public/inspections/plans/" + PLAN + "/draw");
		expect("anonymous users read the demo draw record", draw, 200);
		String body = draw.text();
		check("the demo draw is shuangsuiji-draw/2 and its public record names no inspector",
				"shuangsuiji-draw/2".equals(draw.json().path("algorithm").asString(""))
						&& !body.contains("lawEnforcementCertNo") && !body.contains("\"personId\"")
						&& !body.contains("demo-insp-"));
		Reply own = this.api.get(PUBLISHED.inspector(), "/api/inspections/plans/" + PLAN + "/draw/identities");
		expect(PUBLISHED.inspector() + " reads who they are in the draw", own, 200);
		JsonNode people = own.json().path("people");
		String ref = people.path(0).path("ref").asString("");
		JsonNode team = null;
		for (JsonNode agency : draw.json().path("result").path("agencies")) {
			if (PUBLISHED.agencyId().equals(agency.path("agencyId").asString(""))) {
				team = agency.path("team");
			}
		}
		check(PUBLISHED.inspector() + " gets their own entry only, and its ref " + ref + " is on the public team of "
				+ PUBLISHED.agencyId(),
				people.size() == 1 && !ref.isEmpty() && team != null
						&& contains(team, (n) -> ref.equals(n.path("ref").asString(""))));
	}

	/**
	 * The upcoming 原阳 visit: the city sees its date, the notice time lies ahead, and the
	 * agency sees nothing of it yet (unannounced).
	 */
	private void checkUnannounced() {
		String path = "/api/inspections/tasks/" + UPCOMING_PLAN + ":" + UPCOMING_AGENCY;
		JsonNode task = this.api.get(CITY, path).json();
		for (int wait = 0; wait < 60 && !"SCHEDULED".equals(task.path("status").asString("")); wait++) {
			pause();
			task = this.api.get(CITY, path).json();
		}
		String notifyAt = task.path("schedule").path("notifyAt").asString("");
		check("the city sees the upcoming visit of " + UPCOMING_AGENCY + " scheduled, notice at " + notifyAt,
				"SCHEDULED".equals(task.path("status").asString("")) && !notifyAt.isEmpty()
						&& LocalDateTime.parse(notifyAt).isAfter(LocalDateTime.now(CHINA)));
		expect("the agency does not see its inspection before the notice time",
				this.api.get(IN_REVIEW.agencyUser(), path), 404);
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	// --- helpers ----------------------------------------------------------------------

	/** A small JPEG with a caption: a stand-in photo that the evidence store accepts. */
	static byte[] photo(String caption) {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x33, 0x66, 0x99));
		g.fillRect(0, 0, 640, 480);
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
		g.drawString("DEMO " + caption.replaceAll("[^\\x20-\\x7e]", ""), 30, 240);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static boolean contains(JsonNode array, Predicate<JsonNode> test) {
		List<JsonNode> nodes = new ArrayList<>();
		array.forEach(nodes::add);
		if (array.has("items")) {
			array.path("items").forEach(nodes::add);
		}
		return nodes.stream().anyMatch(test);
	}

	private void expect(String what, Reply reply, int... statuses) {
		boolean ok = false;
		for (int status : statuses) {
			ok |= reply.status() == status;
		}
		check(what + " (" + reply.status() + (ok ? "" : ": " + reply) + ")", ok);
	}

	private void check(String what, boolean ok) {
		this.verdicts.check(what, ok);
	}

	private static void say(String message) {
		System.out.println("[story] " + message);
	}

}
