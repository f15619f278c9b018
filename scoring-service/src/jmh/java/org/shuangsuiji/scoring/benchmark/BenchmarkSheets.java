package org.shuangsuiji.scoring.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.scoring.engine.Answers;
import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.RuleAnswer;
import org.shuangsuiji.scoring.config.ScoringJson;
import org.shuangsuiji.scoring.template.Template;

/** The shipped templates and fully answered sheets for them. */
final class BenchmarkSheets {

	private BenchmarkSheets() {
	}

	static Template template(String file) {
		try (InputStream in = BenchmarkSheets.class.getClassLoader().getResourceAsStream("templates/" + file)) {
			return ScoringJson.mapper().readValue(in, Template.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Template ezhou() {
		return template("ezhou-2025-scoring.v1.json");
	}

	static Template xinxiang() {
		return template("xinxiang-2024-checklist.v1.json");
	}

	/**
	 * Every item of the 鄂州 table answered, most with deductions of every kind: fixed,
	 * per-occurrence, options, discretionary, expert, a consequence, tiers and deduped news.
	 */
	static Answers fullyAnsweredEzhou() {
		Map<String, ItemAnswer> items = new LinkedHashMap<>();
		items.put("party", rules(RuleAnswer.once("party.1", "三进未落实"), RuleAnswer.once("party.3", "管理体制不完善")));
		items.put("1", rules(RuleAnswer.once("1.1", "受理不规范"), RuleAnswer.once("1.3.b", "交接记录不详"),
				RuleAnswer.once("1.4.a", "无签名")));
		items.put("2", rules(RuleAnswer.once("2.1", "无监督制度"), RuleAnswer.once("2.4.a", "无台帐"),
				RuleAnswer.once("2.4.b", "无档案柜"), RuleAnswer.once("2.8", "记录表未存档")));
		items.put("3", rules(RuleAnswer.times("3.3", 2, "整改期仍执业"), RuleAnswer.times("3.4", 3, "学时不足")));
		items.put("4", rules(RuleAnswer.times("4.1.b", 3, "投诉3件"), RuleAnswer.times("4.3", 1, "瑕疵1件")));
		items.put("5", rules(RuleAnswer.once("5.3", "未载明费用")));
		items.put("6", rules(RuleAnswer.once("6.3", "数据不完整")));
		items.put("7", rules(RuleAnswer.contents("7.3.a", List.of("接待"), "未分区"),
				new RuleAnswer("7.3.b", null, BigDecimal.ONE, List.of("档案"), "仅相对独立")));
		items.put("8", rules(RuleAnswer.contents("8.1", List.of("门牌", "桌牌"), "未配置"),
				new RuleAnswer("8.2", null, BigDecimal.ONE, List.of("背景墙"), "内容有误")));
		items.put("9", rules(RuleAnswer.contents("9.1", List.of("法医物证"), "未通过认可"), RuleAnswer.once("9.3", "超期")));
		items.put("10", rules(RuleAnswer.once("10.3.b", "部分未检定"),
				new RuleAnswer("10.4", null, new BigDecimal("2.5"), List.of(), "专家评定")));
		items.put("11", rules(RuleAnswer.once("11.1", "未投保")));
		items.put("12", ItemAnswer.score(new BigDecimal("88.5"), "评查得分"));
		items.put("13", ItemAnswer.score(new BigDecimal("4.5"), "现场考核"));
		items.put("14", rules(RuleAnswer.times("14.1.b", 1, "省级表彰"), RuleAnswer.times("14.4", 3, "案例3篇")));
		items.put("15", rules(RuleAnswer.contents("15.1.a", List.of("报道甲"), "央媒"),
				RuleAnswer.contents("15.1.c", List.of("报道甲", "报道乙"), "市媒"),
				RuleAnswer.contents("15.2.b", List.of("报道乙"), "省厅简报")));
		return new Answers(items);
	}

	/** The 新乡 checklist answered with findings on a few items. */
	static Answers answeredXinxiang(int variant) {
		Map<String, ItemAnswer> items = new LinkedHashMap<>();
		for (int i = 1; i <= 21; i++) {
			items.put(String.valueOf(i), ItemAnswer.finding(Finding.B, List.of(), null));
		}
		items.put("1", ItemAnswer.finding(Finding.A, List.of(1 + variant % 3), "场所"));
		items.put(String.valueOf(2 + variant % 20), ItemAnswer.finding(Finding.A, List.of(), "发现"));
		return new Answers(items);
	}

	private static ItemAnswer rules(RuleAnswer... rules) {
		return ItemAnswer.rules(rules);
	}

}
