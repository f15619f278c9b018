package org.shuangsuiji.inspection.draw.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.PoolSnapshot;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.SeedSource;
import org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.Result;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.agencies;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.json;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.pool;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.rules;
import static org.shuangsuiji.inspection.draw.web.VerifyDrawToolRuns.withEveryKindOfReplacement;

/**
 * Runs {@code tools/VerifyDraw.java} as a reader would
 * ({@code java VerifyDraw.java draw.json}) on the public draw record of draws that use
 * every rule, and on forged ones.
 */
class VerifyDrawToolTest {

	private static final Actor CITY = new Actor("u-city", "新乡市司法局");

	@TempDir
	Path dir;

	@Test
	void reRunsADrawWithEveryRuleAndEveryKindOfReplacement() throws Exception {
		DrawRecord record = richDraw();
		Result result = verify(json(record));
		assertThat(result.exit()).as(result.output()).isZero();
		assertThat(result.output()).contains("OK       commitment " + record.commitment(), "replacement 1",
				"replacement 2", "replacement 3", "VERIFIED");
	}

	@Test
	void aCommittedButUndrawnRecordChecksTheCommitment() throws Exception {
		DrawRecord committed = DrawRecord.commit(inputs(), CITY, Instant.EPOCH);
		Result result = verify(json(committed));
		assertThat(result.exit()).as(result.output()).isZero();
		assertThat(result.output()).contains("COMMITTED, NOT YET DRAWN");
	}

	@Test
	void aChangedSeedIsCaught() throws Exception {
		DrawRecord record = richDraw();
		String forged = json(record).replace("\"value\":\"(2024)豫新证字第0603号\"", "\"value\":\"(2024)豫新证字第0604号\"");
		Result result = verify(forged);
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("MISMATCH draw", "FAILED");
	}

	@Test
	void aChangedPoolIsCaughtByTheCommitment() throws Exception {
		String forged = json(richDraw()).replace("检查员i05", "检查员i05改");
		Result result = verify(forged);
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("MISMATCH commitment");
	}

	private DrawRecord richDraw() {
		DrawRecord drawn = DrawRecord.commit(inputs(), CITY, Instant.EPOCH)
			.draw(new Seed("(2024)豫新证字第0603号", SeedSource.OPERATOR, "公证"), CITY, Instant.EPOCH);
		return withEveryKindOfReplacement(drawn, CITY, seed("r1"), seed("r2"), seed("r3"));
	}

	private static Seed seed(String value) {
		return new Seed(value, SeedSource.OPERATOR, null);
	}

	private static DrawInputs inputs() {
		PoolSnapshot pool = pool(agencies((i) -> "机构\"" + i + "\"\t所", (i) -> ""));
		return new DrawInputs(PlanFixtures.publishedXinxiangPlan().id(), 2024, PlanFixtures.XINXIANG, rules(), pool);
	}

	private Result verify(String json) throws IOException, InterruptedException {
		return VerifyDrawToolRuns.verify(this.dir, json);
	}

}
