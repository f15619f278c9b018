package org.shuangsuiji.scoring.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.Finding;
import org.shuangsuiji.scoring.engine.ItemAnswer;
import org.shuangsuiji.scoring.engine.PointsEvaluation;
import org.shuangsuiji.scoring.engine.RuleAnswer;
import org.shuangsuiji.scoring.engine.Scorers;
import org.shuangsuiji.scoring.sheet.AnsweredItem;
import org.shuangsuiji.scoring.sheet.HeaderValue;
import org.shuangsuiji.scoring.sheet.NewSheet;
import org.shuangsuiji.scoring.sheet.ResultHash;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetEvent;
import org.shuangsuiji.scoring.sheet.SheetMode;
import org.shuangsuiji.scoring.sheet.SheetStore;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateCatalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Historical demo records (历史演示记录) so the local dashboards show something: two 新乡
 * checklists (demo-xx-01 in 红旗区 410702, demo-xx-02 in 原阳县 410725) and one 鄂州 points table
 * (demo-ez-01 in 鄂城区 420704), all fictional, marked （演示，虚构）. They are written straight
 * into the store at start-up, as submitted sheets of past inspections whose ids
 * ({@code demo-inspection-…}) are no task of inspection-service: nothing here goes
 * through the API, so nothing sidesteps its rule that only the drawn team answers a
 * task's sheet. Idempotent: fixed ids, and a sheet found submitted is left alone.
 */
@Component
@Profile("local")
@Order(1)
class DemoSheets implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSheets.class);

	static final String XINXIANG = "xinxiang-2024-checklist";

	static final String EZHOU = "ezhou-2025-scoring";

	private final SheetStore store;

	private final TemplateCatalog templates;

	private final Scorers scorers;

	private final ResultHash hash;

	private final Clock clock;

	DemoSheets(SheetStore store, TemplateCatalog templates, Scorers scorers, ResultHash hash, Clock clock) {
		this.store = store;
		this.templates = templates;
		this.scorers = scorers;
		this.hash = hash;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load("demo-sheet-xx-01",
				new NewSheet(XINXIANG, 1, "demo-inspection-xx-01-2024", "demo-xx-01", "新乡演示司法鉴定所甲（演示，虚构）",
						RegionCode.of("410702"), 2024, SheetMode.OFFICIAL),
				xinxiangRectify(), Map.of("agencyName", text("新乡演示司法鉴定所甲（演示，虚构）"), "address", text("新乡市红旗区演示路1号（虚构）")));
		load("demo-sheet-xx-02",
				new NewSheet(XINXIANG, 1, "demo-inspection-xx-02-2024", "demo-xx-02", "原阳演示司法鉴定中心乙（演示，虚构）",
						RegionCode.of("410725"), 2024, SheetMode.OFFICIAL),
				xinxiangSuspend(), Map.of("agencyName", text("原阳演示司法鉴定中心乙（演示，虚构）")));
		load("demo-sheet-ez-01",
				new NewSheet(EZHOU, 1, "demo-inspection-ez-01-2025", "demo-ez-01", "鄂城演示司法鉴定所丙（演示，虚构）",
						RegionCode.of("420704"), 2025, SheetMode.OFFICIAL),
				ezhou(), Map.of("agencyName", text("鄂城演示司法鉴定所丙（演示，虚构）")));
	}

	/**
	 * Writes one historical record through the store: created, header, every answer, then
	 * scored and locked with its result hash, each step in the sheet's history.
	 */
	private void load(String sheetId, NewSheet request, Map<String, ItemAnswer> answers,
			Map<String, HeaderValue> header) {
		Sheet sheet = this.store.find(sheetId).orElse(null);
		if (sheet != null && sheet.submitted()) {
			return;
		}
		// Named in the history as what it is; it holds no role, it never calls the API.
		Caller loader = new Caller("demo-loader", "历史演示记录（虚构）", Set.of(), request.region(), null);
		Instant now = this.clock.instant();
		if (sheet == null) {
			Template template = this.templates.useForScoring(request.templateId(), request.templateVersion())
				.template();
			sheet = Sheet.official(sheetId, template, request, request.year(), now, loader.userId());
			this.store.insert(sheet,
					SheetEvent.created(now, loader, "历史演示记录 " + template.templateId() + " v" + template.version()));
			this.store.header(sheetId, 0, header, SheetEvent.headerChanged(now, loader, 1, header));
		}
		for (Map.Entry<String, ItemAnswer> answer : answers.entrySet()) {
			String itemId = answer.getKey();
			if (sheet.itemVersion(itemId) == 0) {
				AnsweredItem answered = new AnsweredItem(answer.getValue(), 1, loader.userId(), loader.displayName(),
						now);
				this.store.answer(sheetId, itemId, 0, answered,
						SheetEvent.answered(now, loader, itemId, 1, answer.getValue()));
			}
		}
		Sheet answered = this.store.find(sheetId).orElseThrow();
		Evaluation result = this.scorers.of(request.templateId(), request.templateVersion())
			.evaluate(answered.engineAnswers());
		String summary = (result instanceof PointsEvaluation points)
				? points.total().toPlainString() + "分 " + result.outcome().label() : result.outcome().label();
		this.store.submit(sheetId, answered.version(), result, this.hash.of(result), now, loader.userId(),
				SheetEvent.submitted(now, loader, summary));
		log.info("Historical demo sheet {} ({}) stored: {}", sheetId, request.agencyName(), summary);
	}

	/** 红旗区: findings on function areas, the seal rules and report wording → 限期整改. */
	private Map<String, ItemAnswer> xinxiangRectify() {
		Map<String, ItemAnswer> answers = allNotFound();
		answers.put("1", ItemAnswer.finding(Finding.A, List.of(2), "档案区与接待区未分开，公示栏缺少收费标准（演示）"));
		answers.put("9", ItemAnswer.finding(Finding.A, List.of(1), "未制定司法鉴定专用章使用规定（演示）"));
		answers.put("12", ItemAnswer.finding(Finding.A, List.of(3), "抽查意见书2份用语不规范（演示）"));
		answers.put("21", ItemAnswer.finding(Finding.C, List.of(), "未承接法律援助案件（演示）"));
		return answers;
	}

	/** 原阳县: premises of 62 m² → 暂停执业整改. */
	private Map<String, ItemAnswer> xinxiangSuspend() {
		Map<String, ItemAnswer> answers = allNotFound();
		answers.put("1", ItemAnswer.finding(Finding.A, List.of(1), "执业场所实测62平方米（演示）"));
		answers.put("4", ItemAnswer.finding(Finding.A, List.of(9), "1份意见书未按技术规范方法鉴定（演示）"));
		return answers;
	}

	private Map<String, ItemAnswer> allNotFound() {
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		this.templates.get(XINXIANG, 1)
			.template()
			.items()
			.forEach((item) -> answers.put(item.id(), ItemAnswer.finding(Finding.B, List.of(), null)));
		return answers;
	}

	/**
	 * 鄂城区: a few deductions, archive 86.5/100, appraisers 4.5, one city news report →
	 * 82.1 合格; every other item checked with nothing to deduct or add.
	 */
	private Map<String, ItemAnswer> ezhou() {
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		answers.put("1", ItemAnswer.rules(RuleAnswer.once("1.4.b", "2份检验记录不规范（演示）")));
		answers.put("3", ItemAnswer.rules(RuleAnswer.times("3.4", 2, "2名鉴定人继续教育学时不足40（演示）")));
		answers.put("4", ItemAnswer.rules(RuleAnswer.times("4.1.b", 1, "检查周期内投诉1件（演示）")));
		answers.put("7",
				ItemAnswer.rules(new RuleAnswer("7.3.b", null, BigDecimal.ONE, List.of("档案"), "档案区以矮柜隔开，仅相对独立（演示）")));
		answers.put("8", ItemAnswer.rules(RuleAnswer.contents("8.1", List.of("桌牌"), "未配置桌牌（演示）")));
		answers.put("10", ItemAnswer.rules(RuleAnswer.once("10.3.b", "2台设备计量证书过期（演示）")));
		answers.put("12", ItemAnswer.score(new BigDecimal("86.5"), "档案评查得分86.5（演示）"));
		answers.put("13", ItemAnswer.score(new BigDecimal("4.5"), "现场考核（演示）"));
		answers.put("15", ItemAnswer.rules(RuleAnswer.contents("15.1.c", List.of("鉴定机构开放日（演示报道）"), "市级媒体报道1篇（演示）")));
		this.templates.get(EZHOU, 1)
			.template()
			.items()
			.forEach((item) -> answers.putIfAbsent(item.id(), ItemAnswer.nothingApplies(null)));
		return answers;
	}

	private static HeaderValue text(String value) {
		return new HeaderValue(value, List.of());
	}

}
