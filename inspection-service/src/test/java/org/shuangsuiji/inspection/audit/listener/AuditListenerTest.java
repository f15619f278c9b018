package org.shuangsuiji.inspection.audit.listener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.audit.AuditEntry;
import org.shuangsuiji.inspection.audit.AuditStore;
import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.draw.AgencyReplacement;
import org.shuangsuiji.inspection.draw.DrawEvent;
import org.shuangsuiji.inspection.draw.DrawFixtures;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.PersonReplacement;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.SeedSource;
import org.shuangsuiji.inspection.draw.StaffingRule;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanEvent;
import org.shuangsuiji.inspection.plan.PlanFixtures;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskEvent;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The audit entries written for each event: the actions, subjects and details that were
 * written inside the use cases before they published events, chained in order.
 */
class AuditListenerTest {

	private static final Actor CITY = new Actor("u-city", "新乡市司法局");

	private final List<AuditEntry> entries = new ArrayList<>();

	private final AuditListener listener = new AuditListener(
			new AuditTrail(new ListStore(), Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)));

	private final Plan plan = PlanFixtures.publishedXinxiangPlan();

	@Test
	void planEventsAreEntriesAboutThePlan() {
		this.listener.on(new PlanEvent.Created(CITY, this.plan));
		this.listener.on(new PlanEvent.Revised(CITY, this.plan));
		this.listener.on(new PlanEvent.Published(CITY, this.plan));
		this.listener
			.on(new PlanEvent.StatusChanged(CITY, this.plan.advanceTo(PlanStatus.DRAWN), PlanStatus.PUBLISHED));
		assertThat(this.entries).extracting(AuditEntry::action)
			.containsExactly("plan.created", "plan.revised", "plan.published", "plan.status-changed");
		assertThat(this.entries).allSatisfy((e) -> {
			assertThat(e.subjectType()).isEqualTo("plan");
			assertThat(e.subjectId()).isEqualTo(this.plan.id().value());
			assertThat(e.region()).isEqualTo("410700");
			assertThat(e.actor()).isEqualTo(CITY);
		});
		assertThat(this.entries.get(0).details()).containsOnly(entry("title", this.plan.terms().title()));
		assertThat(this.entries.get(2).details()).isEmpty();
		assertThat(this.entries.get(3).details()).containsOnly(entry("from", "PUBLISHED"), entry("to", "DRAWN"));
		assertThat(this.entries.get(3).previousHash()).isEqualTo(this.entries.get(2).hash());
	}

	@Test
	void drawEventsAreEntriesAboutTheDrawWithTheirDetails() {
		DrawRecord committed = DrawRecord.commit(
				DrawFixtures.inputs(new Sampling.Rate(50), TeamRules.minimal(),
						DrawFixtures.pool(DrawFixtures.agencies(10), DrawFixtures.inspectors(12))),
				CITY, Instant.EPOCH);
		DrawRecord drawn = committed.draw(new Seed("(2024)豫新证字第0603号", SeedSource.OPERATOR, "公证"), CITY, Instant.EPOCH);
		String agencyId = drawn.result().agencies().get(0).agencyId();
		TeamMember leaving = drawn.result().agencies().get(0).team().get(0);
		DrawRecord replaced = drawn.replacePerson(agencyId, leaving, "因病", new Seed("r1", SeedSource.OPERATOR, null),
				CITY, Instant.EPOCH);
		PersonReplacement person = (PersonReplacement) replaced.replacements().get(0);
		DrawRecord withdrawn = replaced.replaceAgency(agencyId, "许可证注销", new Seed("r2", SeedSource.OPERATOR, null),
				CITY, Instant.EPOCH);
		AgencyReplacement agency = (AgencyReplacement) withdrawn.replacements().get(1);

		this.listener.on(new DrawEvent.Committed(CITY, this.plan, committed));
		this.listener.on(new DrawEvent.Refused(CITY, this.plan, new Seed("x", SeedSource.OPERATOR, null), "ag-01",
				StaffingRule.values()[0], Duration.ZERO));
		this.listener.on(new DrawEvent.Drawn(CITY, this.plan, drawn, Duration.ZERO));
		this.listener.on(new DrawEvent.PersonReplaced(CITY, this.plan, replaced, person));
		this.listener.on(new DrawEvent.AgencyReplaced(CITY, this.plan, withdrawn, agency));

		assertThat(this.entries).extracting(AuditEntry::action)
			.containsExactly("draw.committed", "draw.refused", "draw.drawn", "draw.person-replaced",
					"draw.agency-replaced");
		assertThat(this.entries).allSatisfy((e) -> {
			assertThat(e.subjectType()).isEqualTo("draw");
			assertThat(e.subjectId()).isEqualTo(this.plan.id().value());
		});
		assertThat(this.entries.get(0).details()).containsOnly(entry("commitment", committed.commitment()),
				entry("algorithm", "shuangsuiji-draw/1"), entry("agencies", "10"), entry("inspectors", "12"),
				entry("experts", "0"), entry("conflicts", "0"), entry("priorInspections", "0"));
		assertThat(this.entries.get(1).details()).containsOnly(entry("seed", "x"), entry("agencyId", "ag-01"),
				entry("rule", StaffingRule.values()[0].slug()));
		assertThat(this.entries.get(2).details()).containsOnly(entry("seed", "(2024)豫新证字第0603号"),
				entry("seedSource", "OPERATOR"), entry("seedNote", "公证"), entry("commitment", committed.commitment()),
				entry("sampleSize", "5"), entry("floorApplied", String.valueOf(drawn.result().floorApplied())));
		assertThat(this.entries.get(3).details()).containsOnly(entry("seq", "1"), entry("agencyId", agencyId),
				entry("leaving", "INSPECTOR:" + leaving.personId()),
				entry("substitutes", "INSPECTOR:" + person.substitutes().get(0).personId()), entry("reason", "因病"),
				entry("seed", "r1"));
		assertThat(this.entries.get(4).details()).containsOnly(entry("seq", "2"), entry("agencyId", agencyId),
				entry("substitute", agency.substitute().agencyId()), entry("reason", "许可证注销"), entry("seed", "r2"));
	}

	@Test
	void aScheduledTaskIsAnEntryAboutTheTask() {
		TaskSchedule schedule = new TaskSchedule(LocalDate.of(2024, 6, 11), LocalTime.of(9, 0),
				LocalDateTime.of(2024, 6, 10, 9, 0));
		InspectionTask task = new InspectionTask(InspectionTask.idOf(this.plan.id(), "ag-01"), this.plan.id(), 2024,
				PlanFixtures.XINXIANG, "ag-01", "示例所", PlanFixtures.YUANYANG, List.of(), schedule, TaskStatus.SCHEDULED,
				null, 1L);
		this.listener.on(new TaskEvent.Scheduled(CITY, this.plan, task, schedule));
		assertThat(this.entries).singleElement().satisfies((e) -> {
			assertThat(e.action()).isEqualTo("task.scheduled");
			assertThat(e.subjectType()).isEqualTo("task");
			assertThat(e.subjectId()).isEqualTo(task.id());
			assertThat(e.region()).isEqualTo("410700");
			assertThat(e.details()).containsOnly(entry("day", "2024-06-11"), entry("start", "09:00"),
					entry("notifyAt", "2024-06-10T09:00"));
		});
	}

	/** The audit collection as a list. */
	private final class ListStore implements AuditStore {

		@Override
		public Optional<AuditEntry> last() {
			return AuditListenerTest.this.entries.isEmpty() ? Optional.empty()
					: Optional.of(AuditListenerTest.this.entries.get(AuditListenerTest.this.entries.size() - 1));
		}

		@Override
		public boolean insert(AuditEntry entry) {
			return AuditListenerTest.this.entries.add(entry);
		}

		@Override
		public List<AuditEntry> find(String regionPrefix, String subjectId, int page, int size) {
			return List.copyOf(AuditListenerTest.this.entries);
		}

		@Override
		public void forEachInOrder(Consumer<AuditEntry> consumer) {
			AuditListenerTest.this.entries.forEach(consumer);
		}

	}

}
