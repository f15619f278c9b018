package org.shuangsuiji.inspection.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.conclusion.OfficialSheets;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.time.SettableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's publication deadlines follow each agency's own publication (一公开 per agency,
 * not the whole plan's DISCLOSED status), on a clock the test moves: two 新乡 inspections
 * on 2024-06-11, deadline 2024-07-09 (20 working days), one published on 2024-07-08 and
 * one never.
 */
class PerAgencyPublicationDeadlineApiTests extends ApiTestSupport {

	@TestConfiguration(proxyBeanMethods = false)
	static class MovingClockConfiguration {

		/** The service's clock, moved by the test. */
		@Bean
		@Primary
		SettableClock movingClock() {
			return new SettableClock(Instant.parse("2024-06-01T00:00:00Z"));
		}

	}

	@Autowired
	private SettableClock clock;

	@Autowired
	private TaskStore tasks;

	private String deadlines(String planId, String query) {
		return body(http(city()).get("/api/inspections/plans/" + planId + "/publication-deadlines" + query), 200);
	}

	private static Map<String, Object> of(List<Map<String, Object>> deadlines, String taskId) {
		return deadlines.stream().filter((d) -> taskId.equals(d.get("taskId"))).findFirst().orElseThrow();
	}

	@Test
	void anAgencyPublishedInTimeIsNotOverdueAndOneLeftUnpublishedPastTwentyWorkingDaysIs() {
		this.clock.set(Instant.parse("2024-06-01T00:00:00Z"));
		String planId = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		String published = OfficialSheets.closedTask(this.tasks, planId, "ag-01", "410703").id();
		String unpublished = OfficialSheets.closedTask(this.tasks, planId, "ag-02", "410711").id();
		OfficialSheets.rectify(published);
		body(http(city()).put("/api/inspections/tasks/" + published + "/conclusion",
				Map.of("outcome", "RECTIFY", "actions", List.of(Map.of("code", "RECTIFY")))), 200);

		// 2024-07-08 10:00 in China, the day before the deadline
		this.clock.set(Instant.parse("2024-07-08T02:00:00Z"));
		body(http(city()).post("/api/inspections/tasks/" + published + "/publication", Map.of("organiser", "新乡市司法局")),
				201);

		// 2024-07-09 23:00 in China: the deadline day itself, nothing is overdue yet
		this.clock.set(Instant.parse("2024-07-09T15:00:00Z"));
		String onTheDay = deadlines(planId, "");
		assertThat((String) read(onTheDay, "$.today")).isEqualTo("2024-07-09");
		List<Map<String, Object>> list = read(onTheDay, "$.deadlines");
		assertThat(list)
			.allSatisfy((d) -> assertThat(d).containsEntry("deadline", "2024-07-09").containsEntry("overdue", false));
		assertThat(of(list, published)).containsEntry("published", true);
		assertThat(of(list, unpublished)).containsEntry("published", false);
		assertThat((Integer) read(onTheDay, "$.overdueCount")).isZero();

		// 2024-07-10 00:00 in China: the 21st working day
		this.clock.set(Instant.parse("2024-07-09T16:00:00Z"));
		String dayAfter = deadlines(planId, "");
		List<Map<String, Object>> after = read(dayAfter, "$.deadlines");
		assertThat(of(after, published)).containsEntry("published", true).containsEntry("overdue", false);
		assertThat(of(after, unpublished)).containsEntry("published", false).containsEntry("overdue", true);
		String overdueOnly = deadlines(planId, "?overdue=true");
		assertThat((List<String>) read(overdueOnly, "$.deadlines[*].taskId")).containsExactly(unpublished);
		assertThat((Integer) read(overdueOnly, "$.overdueCount")).isEqualTo(1);
	}

}
