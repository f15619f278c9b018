package org.shuangsuiji.inspection.scoring.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The scoring-service endpoints a conclusion reads: an inspection's official sheet and
 * its result (an {@code Evaluation} of scoring's engine, one flat object for both kinds).
 */
@HttpExchange("/api/scoring")
public interface SheetResultClient {

	@GetExchange("/sheets")
	List<SheetRow> sheets(@RequestParam("inspectionId") String inspectionId, @RequestParam("mode") String mode,
			@RequestParam("status") String status);

	@GetExchange("/sheets/{sheetId}")
	SheetDetail sheet(@PathVariable("sheetId") String sheetId);

	@GetExchange("/sheets/{sheetId}/result")
	Result result(@PathVariable("sheetId") String sheetId);

	/** A sheet in scoring's list. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record SheetRow(String id, String inspectionId, String mode, String status, Instant submittedAt) {
	}

	/**
	 * A sheet; {@code result} and {@code resultHash} only where scoring-service sends
	 * them with the sheet.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record SheetDetail(String id, String status, Instant submittedAt, String resultHash, Result result) {
	}

	/**
	 * What this service reads of a result: {@code grade} for a points table,
	 * {@code conclusion} for a checklist; {@code provincialReview} and its reasons where
	 * scoring-service marks them.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Result(String kind, BigDecimal total, OutcomeJson grade, OutcomeJson conclusion, List<ItemJson> items,
			List<ActionJson> actions, Boolean provincialReview, @JsonAlias( {
					"reviewReasons", "provincialReviewReason" }) List<Object> provincialReviewReasons,
			String resultHash){
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record OutcomeJson(String code, String label) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ItemJson(String itemId, String number, String finding, int findings, List<String> found) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ActionJson(String code, String label, List<BasisJson> basis) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record BasisJson(String itemId, String ref, String text) {
	}

}
