package org.shuangsuiji.inspection.dashboard.listener;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.dashboard.NationalTallies;
import org.shuangsuiji.inspection.dashboard.NationalTally;
import org.shuangsuiji.inspection.dashboard.NationalTallying;
import org.shuangsuiji.inspection.dashboard.ProvinceYear;
import org.shuangsuiji.inspection.draw.AgencyReplacement;
import org.shuangsuiji.inspection.draw.DrawEvent;
import org.shuangsuiji.inspection.draw.DrawFixtures;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.SeedSource;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanFixtures;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draw marks the provinces of its pool in the plan's year from the record itself:
 * without the task store (none is given here), so the draw's path reads nothing more.
 */
class NationalTallyListenerTest {

	private static final Actor CITY = new Actor("u-city", "新乡市司法局");

	private final List<ProvinceYear> touched = new ArrayList<>();

	private final NationalTallyListener listener = new NationalTallyListener(
			new NationalTallying(null, new Recording()), null);

	@Test
	void aDrawAndAnAgencyReplacedMarkThePoolsProvinceInThePlansYearWithoutReadingTasks() {
		Plan plan = PlanFixtures.publishedXinxiangPlan();
		DrawRecord drawn = DrawRecord
			.commit(DrawFixtures.inputs(new Sampling.Rate(50), TeamRules.minimal(),
					DrawFixtures.pool(DrawFixtures.agencies(10), DrawFixtures.inspectors(12))), CITY, Instant.EPOCH)
			.draw(new Seed("(2024)豫新证字第0603号", SeedSource.OPERATOR, "公证"), CITY, Instant.EPOCH);
		this.listener.on(new DrawEvent.Drawn(CITY, plan, drawn, Duration.ZERO));
		ProvinceYear henan = new ProvinceYear(RegionCode.of("410000"), plan.terms().year());
		assertThat(this.touched).containsExactly(henan);

		String agencyId = drawn.result().agencies().get(0).agencyId();
		DrawRecord withdrawn = drawn.replaceAgency(agencyId, "许可证注销", new Seed("r2", SeedSource.OPERATOR, null), CITY,
				Instant.EPOCH);
		this.listener.on(new DrawEvent.AgencyReplaced(CITY, plan, withdrawn,
				(AgencyReplacement) withdrawn.replacements().get(0)));
		assertThat(this.touched).containsExactly(henan, henan);
	}

	private final class Recording implements NationalTallies {

		@Override
		public void touch(Collection<ProvinceYear> cells) {
			NationalTallyListenerTest.this.touched.addAll(cells);
		}

		@Override
		public List<Stale> stale(Integer year) {
			return List.of();
		}

		@Override
		public boolean save(NationalTally tally, long generation) {
			return false;
		}

		@Override
		public List<NationalTally> all(Integer year) {
			return List.of();
		}

	}

}
