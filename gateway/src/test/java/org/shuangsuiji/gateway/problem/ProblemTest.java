package org.shuangsuiji.gateway.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

	@Test
	void bodyCarriesTypeTitleStatusDetailInstanceAndTrace() {
		assertThat(Problem.forbidden("no").body("/api/x", "abc")).containsExactly(
				org.assertj.core.api.Assertions.entry("type", "urn:shuangsuiji:problem:forbidden"),
				org.assertj.core.api.Assertions.entry("title", "Forbidden"),
				org.assertj.core.api.Assertions.entry("status", 403),
				org.assertj.core.api.Assertions.entry("detail", "no"),
				org.assertj.core.api.Assertions.entry("instance", "/api/x"),
				org.assertj.core.api.Assertions.entry("traceId", "abc"));
	}

	@Test
	void traceIdIsLeftOutWhenThereIsNone() {
		assertThat(ProblemResponses.json(Problem.unauthorized("token needed"), "/api/x"))
			.isEqualTo("{\"type\":\"urn:shuangsuiji:problem:unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
					+ "\"detail\":\"token needed\",\"instance\":\"/api/x\"}");
	}

}
