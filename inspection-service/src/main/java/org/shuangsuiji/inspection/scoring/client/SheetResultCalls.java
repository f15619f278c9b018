package org.shuangsuiji.inspection.scoring.client;

import java.util.List;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;

/** The sheet reads behind the named Resilience4j instance {@code scoring} (all GETs). */
public class SheetResultCalls {

	private final SheetResultClient client;

	public SheetResultCalls(SheetResultClient client) {
		this.client = client;
	}

	@Retry(name = "scoring")
	@CircuitBreaker(name = "scoring")
	public List<SheetResultClient.SheetRow> officialSubmitted(String inspectionId) {
		return this.client.sheets(inspectionId, "OFFICIAL", "SUBMITTED");
	}

	@Retry(name = "scoring")
	@CircuitBreaker(name = "scoring")
	public SheetResultClient.SheetDetail sheet(String sheetId) {
		return this.client.sheet(sheetId);
	}

	@Retry(name = "scoring")
	@CircuitBreaker(name = "scoring")
	public SheetResultClient.Result result(String sheetId) {
		return this.client.result(sheetId);
	}

}
