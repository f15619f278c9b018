package org.shuangsuiji.scoring.sheet.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.sheet.HeaderValue;
import org.shuangsuiji.scoring.sheet.Reconciliation;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetEvent;
import org.shuangsuiji.scoring.sheet.SheetMode;
import org.shuangsuiji.scoring.sheet.SheetQuery;
import org.shuangsuiji.scoring.sheet.SheetService;
import org.shuangsuiji.scoring.sheet.SheetStatus;
import org.shuangsuiji.scoring.sheet.TeamTask;
import org.shuangsuiji.scoring.sheet.WritableSheet;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Score sheets: created for an inspection, answered item by item (each change names the
 * item version it replaces), submitted and then locked.
 */
@RestController
class SheetController {

	/** The longest task id a body may name ({@link CreateSheetRequest}). */
	private static final int MAX_ID = 100;

	private final SheetService sheets;

	private final MeterRegistry meters;

	SheetController(SheetService sheets, MeterRegistry meters) {
		this.sheets = sheets;
		this.meters = meters;
	}

	@PostMapping("/api/scoring/sheets")
	ResponseEntity<SheetResponse> create(Caller caller, @RequestBody CreateSheetRequest request, BodyValidator bodies) {
		// the door names its task in the body: checked first when the body names one
		String inspectionId = request.inspectionId();
		TeamTask team = (inspectionId != null && !inspectionId.isBlank() && inspectionId.length() <= MAX_ID)
				? this.sheets.requireTeamOf(caller, inspectionId) : null;
		bodies.valid(request);
		// a valid body names its task: only an id of other white space than Bean
		// Validation's reaches here without the door
		Sheet sheet = this.sheets.create((team != null) ? team : this.sheets.requireTeamOf(caller, inspectionId),
				request.toDomain());
		this.meters.counter("scoring.sheet.created", "mode", sheet.mode().name()).increment();
		return ResponseEntity.created(URI.create("/api/scoring/sheets/" + sheet.id())).body(SheetResponse.of(sheet));
	}

	@GetMapping("/api/scoring/sheets")
	List<SheetSummary> list(Caller caller, @RequestParam(required = false) String region,
			@RequestParam(required = false) String agencyId, @RequestParam(required = false) String inspectionId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) SheetStatus status,
			@RequestParam(required = false) SheetMode mode, @RequestParam(defaultValue = "200") int limit) {
		SheetQuery query = new SheetQuery((region != null) ? RegionCode.of(region) : null, agencyId, inspectionId, year,
				status, mode, limit);
		return this.sheets.list(caller, query).stream().map(SheetSummary::of).toList();
	}

	@GetMapping("/api/scoring/sheets/{sheetId}")
	SheetResponse get(Caller caller, @PathVariable String sheetId) {
		return SheetResponse.of(this.sheets.get(caller, sheetId));
	}

	@PutMapping("/api/scoring/sheets/{sheetId}/items/{itemId}")
	ItemResponse answer(Caller caller, @PathVariable String sheetId, @PathVariable String itemId,
			@RequestBody AnswerItemRequest request, BodyValidator bodies) {
		WritableSheet sheet = this.sheets.requireWriter(caller, sheetId);
		bodies.valid(request);
		ItemResponse response = ItemResponse.of(itemId,
				this.sheets.answer(sheet, itemId, request.version(), request.toDomain()));
		this.meters.counter("scoring.sheet.answered").increment();
		return response;
	}

	@PutMapping("/api/scoring/sheets/{sheetId}/header")
	SheetResponse header(Caller caller, @PathVariable String sheetId, @RequestBody HeaderRequest request,
			BodyValidator bodies) {
		WritableSheet sheet = this.sheets.requireWriter(caller, sheetId);
		bodies.valid(request);
		Map<String, HeaderValue> values = new LinkedHashMap<>();
		request.values().forEach((key, value) -> values.put(key, (value != null) ? value.toDomain() : null));
		return SheetResponse.of(this.sheets.header(sheet, request.version(), values));
	}

	@PostMapping("/api/scoring/sheets/{sheetId}/submit")
	SheetResponse submit(Caller caller, @PathVariable String sheetId,
			@RequestBody(required = false) SubmitRequest request) {
		Sheet sheet = this.sheets.submit(caller, sheetId, (request != null) ? request.version() : null);
		this.meters.counter("scoring.sheet.submitted", "outcome", sheet.result().outcome().code()).increment();
		return SheetResponse.of(sheet);
	}

	/** The submitted result, or for a draft a preview of its current answers. */
	@GetMapping("/api/scoring/sheets/{sheetId}/result")
	Evaluation result(Caller caller, @PathVariable String sheetId) {
		return this.sheets.result(caller, sheetId);
	}

	/** Every change of the sheet, oldest first. */
	@GetMapping("/api/scoring/sheets/{sheetId}/history")
	List<SheetEvent> history(Caller caller, @PathVariable String sheetId) {
		return this.sheets.history(caller, sheetId);
	}

	/** The items where the independent sheets of an inspection differ. */
	@GetMapping("/api/scoring/inspections/{inspectionId}/reconciliation")
	Reconciliation reconciliation(Caller caller, @PathVariable String inspectionId) {
		return this.sheets.reconciliation(caller, inspectionId);
	}

}
