package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;

/**
 * Checks that a template is one the engine can score without surprises. Reports every
 * problem at once, each with the path of the field at fault, so a bureau fixing a new
 * city's template sees the whole list.
 */
public final class TemplateValidator {

	/** Template ids appear in URLs. */
	public static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

	/**
	 * Item and header keys become field names of stored sheets: no dots, no dollar signs.
	 */
	public static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	/** Rule ids may carry dots ({@code 4.1.b}); they are never field names. */
	public static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

	/**
	 * Action codes are stable identifiers that other services and dashboards match on.
	 */
	public static final Pattern ACTION_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final List<FieldError> errors = new ArrayList<>();

	private final Set<String> itemIds = new HashSet<>();

	private final Set<String> ruleIds = new HashSet<>();

	private TemplateValidator() {
	}

	/** Throws {@link InvalidInputException} listing every problem of the template. */
	public static void requireValid(Template template) {
		List<FieldError> errors = validate(template);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("template-invalid", errors);
		}
	}

	public static List<FieldError> validate(Template template) {
		TemplateValidator validator = new TemplateValidator();
		validator.check(template);
		return List.copyOf(validator.errors);
	}

	private void check(Template template) {
		if (template.templateId() == null || !TEMPLATE_ID.matcher(template.templateId()).matches()) {
			error("templateId", "must be 2-63 lower-case letters, digits or '-', starting with a letter or digit");
		}
		if (template.version() < 1) {
			error("version", "must be 1 or more");
		}
		if (template.region() == null) {
			error("region", "is required");
		}
		if (template.year() < 2000 || template.year() > 2100) {
			error("year", "must be between 2000 and 2100");
		}
		if (template.kind() == null) {
			error("kind", "is required (CHECKLIST or DEDUCTION)");
			return;
		}
		requireText("title", template.title());
		checkHeader(template.header());
		if (template.parts().isEmpty()) {
			error("parts", "a template needs at least one part");
		}
		Set<String> partIds = new HashSet<>();
		for (int i = 0; i < template.parts().size(); i++) {
			Part part = template.parts().get(i);
			String path = "parts[" + i + "]";
			if (part.id() == null || !KEY.matcher(part.id()).matches()) {
				error(path + ".id", "must match " + KEY.pattern());
			}
			else if (!partIds.add(part.id())) {
				error(path + ".id", "part '" + part.id() + "' appears twice");
			}
			checkPart(template, part, path);
		}
		if (template.kind() == TemplateKind.CHECKLIST) {
			checkChecklistOutcome(template);
		}
		else {
			checkDeductionOutcome(template);
		}
		checkPools(template);
		if (template.findingAction() != null) {
			checkAction("findingAction", template.findingAction());
		}
		if (template.provincialReview() != null) {
			checkReview(template, template.provincialReview());
		}
	}

	/**
	 * A review rule has a label, at least one condition, and names only actions the
	 * template can recommend and outcomes it can reach.
	 */
	private void checkReview(Template template, ReviewRule review) {
		requireText("provincialReview.label", review.label());
		if (review.minFindings() == null && review.whenActions().isEmpty() && review.whenOutcomes().isEmpty()) {
			error("provincialReview", "needs minFindings, whenActions or whenOutcomes");
		}
		if (review.minFindings() != null && review.minFindings() < 1) {
			error("provincialReview.minFindings", "must be 1 or more");
		}
		Set<String> actions = actionCodes(template);
		for (int i = 0; i < review.whenActions().size(); i++) {
			String code = review.whenActions().get(i);
			if (code == null || !actions.contains(code)) {
				error("provincialReview.whenActions[" + i + "]",
						"'" + code + "' is not an action this template recommends " + actions);
			}
		}
		Set<String> outcomes = new HashSet<>();
		template.grades().forEach((band) -> outcomes.add(band.code()));
		template.conclusions().forEach((rule) -> outcomes.add(rule.code()));
		for (int i = 0; i < review.whenOutcomes().size(); i++) {
			String code = review.whenOutcomes().get(i);
			if (code == null || !outcomes.contains(code)) {
				error("provincialReview.whenOutcomes[" + i + "]",
						"'" + code + "' is not a grade or conclusion of this template " + outcomes);
			}
		}
	}

	private static Set<String> actionCodes(Template template) {
		Set<String> codes = new java.util.TreeSet<>();
		java.util.function.Consumer<Action> add = (action) -> {
			if (action != null && action.code() != null) {
				codes.add(action.code());
			}
		};
		add.accept(template.findingAction());
		template.grades().forEach((band) -> add.accept(band.action()));
		template.items().forEach((item) -> {
			add.accept(item.action());
			item.subPoints().forEach((point) -> add.accept(point.action()));
			item.rules().forEach((rule) -> add.accept(rule.action()));
		});
		return codes;
	}

	private void checkHeader(List<HeaderField> header) {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < header.size(); i++) {
			HeaderField field = header.get(i);
			String path = "header[" + i + "]";
			if (field.key() == null || !KEY.matcher(field.key()).matches()) {
				error(path + ".key", "must match " + KEY.pattern());
			}
			else if (!keys.add(field.key())) {
				error(path + ".key", "header field '" + field.key() + "' appears twice");
			}
			requireText(path + ".label", field.label());
			if (field.placement() == null) {
				error(path + ".placement", "is required (HEADER or FOOTER)");
			}
			Set<String> columns = new HashSet<>();
			for (int c = 0; c < field.columns().size(); c++) {
				HeaderField.Column column = field.columns().get(c);
				if (column.key() == null || !KEY.matcher(column.key()).matches() || !columns.add(column.key())) {
					error(path + ".columns[" + c + "].key", "must be unique and match " + KEY.pattern());
				}
				requireText(path + ".columns[" + c + "].label", column.label());
			}
		}
	}

	private void checkPart(Template template, Part part, String path) {
		requireText(path + ".title", part.title());
		if (part.kind() == null) {
			error(path + ".kind", "is required");
			return;
		}
		boolean checklist = part.kind() == PartKind.CHECKLIST;
		if (checklist != (template.kind() == TemplateKind.CHECKLIST)) {
			error(path + ".kind", "a " + template.kind() + " template cannot have a " + part.kind() + " part");
		}
		if (checklist) {
			if (part.max() != null || part.floor() != null) {
				error(path + ".max", "a checklist part has no points");
			}
		}
		else {
			if (!positive(part.max())) {
				error(path + ".max", "must be more than 0");
			}
			if (part.floor() != null
					&& (part.floor().signum() < 0 || (part.max() != null && part.floor().compareTo(part.max()) > 0))) {
				error(path + ".floor", "must be between 0 and the part's maximum");
			}
			if (part.floor() == null && part.kind() == PartKind.DEDUCTION && !pooled(template, part.id())) {
				error(path + ".floor", "a deduction part needs a floor unless a pool floors it");
			}
		}
		if (part.items().isEmpty()) {
			error(path + ".items", "a part needs at least one item");
		}
		BigDecimal directMax = BigDecimal.ZERO;
		for (int i = 0; i < part.items().size(); i++) {
			Item item = part.items().get(i);
			String itemPath = path + ".items[" + i + "]";
			checkItem(part, item, itemPath);
			if (item.directScore() != null && item.directScore().max() != null && item.directScore().factor() != null) {
				directMax = directMax.add(item.directScore().maxPoints());
			}
		}
		if (part.kind() == PartKind.SCORED && part.max() != null && directMax.compareTo(part.max()) > 0) {
			error(path + ".max", "the items can give " + directMax.toPlainString() + " points, more than the part's "
					+ part.max().toPlainString());
		}
	}

	private void checkItem(Part part, Item item, String path) {
		if (item.id() == null || !KEY.matcher(item.id()).matches()) {
			error(path + ".id", "must match " + KEY.pattern());
		}
		else if (!this.itemIds.add(item.id())) {
			error(path + ".id", "item '" + item.id() + "' appears twice");
		}
		requireText(path + ".title", item.title());
		switch (part.kind()) {
			case CHECKLIST -> {
				if (!item.rules().isEmpty() || item.directScore() != null) {
					error(path, "a checklist item has sub-points, not rules or a direct score");
				}
				checkSubPoints(item, path);
				if (item.action() != null) {
					checkAction(path + ".action", item.action());
				}
			}
			case DEDUCTION, BONUS -> {
				if (item.rules().isEmpty() || item.directScore() != null || !item.subPoints().isEmpty()) {
					error(path + ".rules", "a " + part.kind() + " item needs rules and nothing else");
				}
				checkRules(part, item, path);
			}
			case SCORED -> {
				if (item.directScore() == null || !item.rules().isEmpty() || !item.subPoints().isEmpty()) {
					error(path + ".directScore", "a scored item needs a direct score and nothing else");
				}
				else {
					checkDirectScore(item.directScore(), path + ".directScore");
				}
			}
		}
		forbid(path + ".action", part.kind() != PartKind.CHECKLIST && item.action() != null,
				"only a checklist item recommends an action as a whole; a points item's rules carry theirs");
	}

	private void checkSubPoints(Item item, String path) {
		int expected = 1;
		for (int i = 0; i < item.subPoints().size(); i++) {
			SubPoint point = item.subPoints().get(i);
			String pointPath = path + ".subPoints[" + i + "]";
			requireText(pointPath + ".text", point.text());
			if (point.number() != null) {
				if (point.number() != expected) {
					error(pointPath + ".number", "sub-points are numbered 1, 2, … in order; expected " + expected);
				}
				expected = point.number() + 1;
			}
			else if (point.action() != null) {
				error(pointPath + ".action", "only a numbered sub-point can recommend an action");
			}
			if (point.action() != null) {
				checkAction(pointPath + ".action", point.action());
			}
		}
	}

	private void checkRules(Part part, Item item, String path) {
		Set<String> optionNames = new HashSet<>();
		for (int i = 0; i < item.rules().size(); i++) {
			Rule rule = item.rules().get(i);
			String rulePath = path + ".rules[" + i + "]";
			if (rule.id() == null || !RULE_ID.matcher(rule.id()).matches()) {
				error(rulePath + ".id", "must match " + RULE_ID.pattern());
			}
			else if (!this.ruleIds.add(rule.id())) {
				error(rulePath + ".id", "rule '" + rule.id() + "' appears twice");
			}
			requireText(rulePath + ".text", rule.text());
			if (rule.kind() == null) {
				error(rulePath + ".kind", "is required");
				continue;
			}
			checkRuleShape(rule, rulePath);
			for (String option : rule.options()) {
				if (option == null || option.isBlank()) {
					error(rulePath + ".options", "options must not be blank");
				}
			}
			if (!rule.options().isEmpty() && rule.options().size() != Set.copyOf(rule.options()).size()) {
				error(rulePath + ".options", "options must be distinct");
			}
			optionNames.addAll(rule.options());
			if (rule.exclusiveGroup() != null && !rule.options().isEmpty()) {
				error(rulePath + ".exclusiveGroup",
						"rules with options exclude each other per option already; drop the group");
			}
			if (rule.dedupeGroup() != null && rule.kind() != RuleKind.PER_OCCURRENCE) {
				error(rulePath + ".dedupeGroup", "only per-occurrence rules count contents once");
			}
			if (rule.kind() == RuleKind.CONSEQUENCE && part.kind() == PartKind.BONUS) {
				error(rulePath + ".kind", "a bonus part cannot hold a consequence");
			}
			if (rule.action() != null) {
				checkAction(rulePath + ".action", rule.action());
			}
		}
	}

	private void checkRuleShape(Rule rule, String path) {
		switch (rule.kind()) {
			case FIXED -> {
				requirePositive(path + ".points", rule.points());
				forbid(path, rule.bound() != null || rule.maxOccurrences() != null || !rule.tiers().isEmpty()
						|| !rule.options().isEmpty(), "a fixed rule has points only");
			}
			case PER_OCCURRENCE -> {
				requirePositive(path + ".points", rule.points());
				checkMaxOccurrences(rule, path);
				forbid(path, rule.bound() != null || !rule.tiers().isEmpty(),
						"a per-occurrence rule has points per occurrence only");
			}
			case DISCRETIONARY -> {
				requirePositive(path + ".bound", rule.bound());
				requirePositive(path + ".step", rule.step());
				if (positive(rule.bound()) && positive(rule.step()) && !multipleOf(rule.bound(), rule.step())) {
					error(path + ".bound", "must be a multiple of the step");
				}
				checkMaxOccurrences(rule, path);
				forbid(path, rule.points() != null || !rule.tiers().isEmpty(),
						"a discretionary rule has a bound and a step, not points");
			}
			case TIERED -> {
				if (rule.tiers().isEmpty()) {
					error(path + ".tiers", "a tiered rule needs tiers");
				}
				for (int t = 0; t < rule.tiers().size(); t++) {
					Tier tier = rule.tiers().get(t);
					if (tier.min() < 1 || (tier.max() != null && tier.max() < tier.min())) {
						error(path + ".tiers[" + t + "]", "a tier counts from 1 and its max is not below its min");
					}
					requirePositive(path + ".tiers[" + t + "].points", tier.points());
					for (int o = 0; o < t; o++) {
						if (overlap(tier, rule.tiers().get(o))) {
							error(path + ".tiers[" + t + "]", "tiers must not overlap");
						}
					}
				}
				forbid(path, rule.points() != null || rule.bound() != null || !rule.options().isEmpty(),
						"a tiered rule has tiers only");
			}
			case CONSEQUENCE -> {
				if (rule.action() == null) {
					error(path + ".action", "a consequence needs the action it recommends");
				}
				checkMaxOccurrences(rule, path);
				forbid(path, rule.points() != null || rule.bound() != null || !rule.tiers().isEmpty(),
						"a consequence has no points");
			}
		}
	}

	private void checkMaxOccurrences(Rule rule, String path) {
		if (rule.maxOccurrences() != null && rule.maxOccurrences() < 1) {
			error(path + ".maxOccurrences", "must be 1 or more");
		}
		if (rule.maxOccurrences() != null && !rule.options().isEmpty()
				&& rule.maxOccurrences() > rule.options().size()) {
			error(path + ".maxOccurrences", "cannot exceed the number of options");
		}
	}

	private void checkDirectScore(DirectScore score, String path) {
		requireText(path + ".label", score.label());
		requirePositive(path + ".max", score.max());
		requirePositive(path + ".step", score.step());
		requirePositive(path + ".factor", score.factor());
		if (positive(score.max()) && positive(score.step()) && !multipleOf(score.max(), score.step())) {
			error(path + ".max", "must be a multiple of the step");
		}
	}

	private void checkChecklistOutcome(Template template) {
		if (template.totalCap() != null || !template.grades().isEmpty() || !template.pools().isEmpty()) {
			error("totalCap", "a checklist has no total, grades or pools");
		}
		if (template.conclusions().isEmpty()) {
			error("conclusions", "a checklist needs conclusion rules");
			return;
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < template.conclusions().size(); i++) {
			ConclusionRule rule = template.conclusions().get(i);
			requireText("conclusions[" + i + "].code", rule.code());
			requireText("conclusions[" + i + "].label", rule.label());
			if (rule.code() != null && !codes.add(rule.code())) {
				error("conclusions[" + i + "].code", "conclusion '" + rule.code() + "' appears twice");
			}
			if (rule.minFindings() != null && rule.minFindings() < 0) {
				error("conclusions[" + i + "].minFindings", "must not be negative");
			}
		}
		ConclusionRule last = template.conclusions().get(template.conclusions().size() - 1);
		if (last.whenAction() != null || (last.minFindings() != null && last.minFindings() > 0)) {
			error("conclusions", "the last conclusion must match every sheet");
		}
	}

	private void checkDeductionOutcome(Template template) {
		if (!template.conclusions().isEmpty()) {
			error("conclusions", "a points table is graded, it has no conclusion rules");
		}
		requirePositive("totalCap", template.totalCap());
		if (template.grades().isEmpty()) {
			error("grades", "a points table needs grade bands");
			return;
		}
		Set<String> codes = new HashSet<>();
		BigDecimal previous = null;
		for (int i = 0; i < template.grades().size(); i++) {
			GradeBand band = template.grades().get(i);
			String path = "grades[" + i + "]";
			requireText(path + ".code", band.code());
			requireText(path + ".label", band.label());
			if (band.code() != null && !codes.add(band.code())) {
				error(path + ".code", "grade '" + band.code() + "' appears twice");
			}
			if (band.min() == null || band.min().signum() < 0) {
				error(path + ".min", "must be 0 or more");
			}
			else if (previous != null && band.min().compareTo(previous) >= 0) {
				error(path + ".min", "grade bands go from the highest minimum down");
			}
			else {
				previous = band.min();
			}
			if (band.action() != null) {
				checkAction(path + ".action", band.action());
			}
		}
		GradeBand lowest = template.grades().get(template.grades().size() - 1);
		if (lowest.min() != null && lowest.min().signum() != 0) {
			error("grades", "the lowest band must start at 0 so that every total has a grade");
		}
	}

	private void checkPools(Template template) {
		Set<String> pooled = new HashSet<>();
		for (int i = 0; i < template.pools().size(); i++) {
			Pool pool = template.pools().get(i);
			String path = "pools[" + i + "]";
			requireText(path + ".id", pool.id());
			if (pool.partIds().size() < 2) {
				error(path + ".partIds", "a pool joins at least two parts");
			}
			for (String partId : pool.partIds()) {
				boolean deductionPart = template.parts()
					.stream()
					.anyMatch((part) -> part.id().equals(partId) && part.kind() == PartKind.DEDUCTION);
				if (!deductionPart) {
					error(path + ".partIds", "'" + partId + "' is not a deduction part of this template");
				}
				if (!pooled.add(partId)) {
					error(path + ".partIds", "part '" + partId + "' is in more than one pool");
				}
			}
			if (pool.floor() == null || pool.floor().signum() < 0) {
				error(path + ".floor", "must be 0 or more");
			}
		}
	}

	private void checkAction(String path, Action action) {
		if (action.code() == null || !ACTION_CODE.matcher(action.code()).matches()) {
			error(path + ".code", "must be a stable code such as SUSPEND_PRACTICE (" + ACTION_CODE.pattern() + ")");
		}
		requireText(path + ".label", action.label());
	}

	private static boolean pooled(Template template, String partId) {
		return template.pools().stream().anyMatch((pool) -> pool.partIds().contains(partId));
	}

	private static boolean overlap(Tier a, Tier b) {
		int aMax = (a.max() != null) ? a.max() : Integer.MAX_VALUE;
		int bMax = (b.max() != null) ? b.max() : Integer.MAX_VALUE;
		return a.min() <= bMax && b.min() <= aMax;
	}

	static boolean multipleOf(BigDecimal value, BigDecimal step) {
		return value.remainder(step).signum() == 0;
	}

	private static boolean positive(BigDecimal value) {
		return value != null && value.signum() > 0;
	}

	private void requirePositive(String path, BigDecimal value) {
		if (!positive(value)) {
			error(path, "must be more than 0");
		}
	}

	private void requireText(String path, String value) {
		if (value == null || value.isBlank()) {
			error(path, "must not be blank");
		}
	}

	private void forbid(String path, boolean condition, String message) {
		if (condition) {
			error(path, message);
		}
	}

	private void error(String field, String message) {
		this.errors.add(new FieldError(field, message));
	}

}
