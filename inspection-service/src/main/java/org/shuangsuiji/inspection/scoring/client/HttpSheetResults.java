package org.shuangsuiji.inspection.scoring.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.shuangsuiji.inspection.conclusion.Action;
import org.shuangsuiji.inspection.conclusion.FoundItem;
import org.shuangsuiji.inspection.conclusion.Outcome;
import org.shuangsuiji.inspection.conclusion.Recommendation;
import org.shuangsuiji.inspection.conclusion.SheetResults;
import org.shuangsuiji.inspection.scoring.client.SheetResultClient.OutcomeJson;
import org.shuangsuiji.inspection.scoring.client.SheetResultClient.Result;
import org.shuangsuiji.inspection.scoring.client.SheetResultClient.SheetDetail;
import org.shuangsuiji.inspection.scoring.client.SheetResultClient.SheetRow;
import org.shuangsuiji.platform.problem.OutOfScopeException;

import org.springframework.http.HttpStatus;

/**
 * Reads a task's submitted OFFICIAL sheet and its result from scoring-service with the
 * caller's token. scoring's 403 stays 403; a failing scoring-service is 503
 * {@code scoring-unavailable}, never a guessed recommendation.
 */
public class HttpSheetResults implements SheetResults {

	private final SheetResultClient client;

	public HttpSheetResults(SheetResultClient client) {
		this.client = client;
	}

	@Override
	public Optional<Recommendation> officialOf(String taskId) {
		return ScoringClient.SCORING.call(() -> read(taskId), (status) -> {
			if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
				return Optional.empty();
			}
			if (status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
				throw new OutOfScopeException(
						"scoring-service does not let the caller read the official sheet of " + taskId);
			}
			throw ScoringClient.SCORING.refused(status);
		});
	}

	private Optional<Recommendation> read(String taskId) {
		Optional<SheetRow> row = this.client.sheets(taskId, "OFFICIAL", "SUBMITTED")
			.stream()
			.filter((sheet) -> taskId.equals(sheet.inspectionId()))
			.filter((sheet) -> "OFFICIAL".equals(sheet.mode()) && "SUBMITTED".equals(sheet.status()))
			.max(Comparator.comparing(SheetRow::submittedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
		if (row.isEmpty()) {
			return Optional.empty();
		}
		SheetDetail sheet = this.client.sheet(row.get().id());
		Result result = (sheet.result() != null) ? sheet.result() : this.client.result(sheet.id());
		String hash = (sheet.resultHash() != null) ? sheet.resultHash() : result.resultHash();
		return Optional.of(recommendation(sheet, result, hash));
	}

	static Recommendation recommendation(SheetDetail sheet, Result result, String hash) {
		OutcomeJson outcome = (result.grade() != null) ? result.grade() : result.conclusion();
		if (outcome == null || outcome.code() == null) {
			throw ScoringClient.SCORING
				.unavailable("scoring-service sent the result of sheet " + sheet.id() + " without an outcome");
		}
		List<FoundItem> found = new ArrayList<>();
		int findings = 0;
		for (SheetResultClient.ItemJson item : list(result.items())) {
			if (item.findings() > 0) {
				findings += item.findings();
				found.add(new FoundItem(item.itemId(), item.number(), item.found()));
			}
		}
		List<Action> actions = list(result.actions()).stream()
			.map((a) -> new Action(a.code(), a.label(),
					list(a.basis()).stream().map(SheetResultClient.BasisJson::itemId).distinct().toList()))
			.toList();
		List<String> reasons = list(result.provincialReviewReasons()).stream()
			.map(HttpSheetResults::reason)
			.filter(Objects::nonNull)
			.toList();
		return new Recommendation(sheet.id(), new Outcome(outcome.code(), outcome.label()), result.total(), findings,
				actions, found, Boolean.TRUE.equals(result.provincialReview()), reasons, hash, sheet.submittedAt());
	}

	/** A reason as text, whether scoring-service sends text or an object with one. */
	private static String reason(Object reason) {
		if (reason instanceof Map<?, ?> map) {
			for (String key : List.of("text", "reason", "label", "code")) {
				if (map.get(key) != null) {
					return String.valueOf(map.get(key));
				}
			}
			return null;
		}
		return (reason != null) ? String.valueOf(reason) : null;
	}

	private static <T> List<T> list(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
