package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

import org.shuangsuiji.scoring.template.Item;
import org.shuangsuiji.scoring.template.Rule;
import org.shuangsuiji.scoring.template.RuleKind;
import org.shuangsuiji.scoring.template.Tier;

/**
 * What a checked rule answer is worth, one case per {@link RuleKind}: a fixed rule
 * applies once (or once per option named), a per-occurrence rule counts every occurrence,
 * a tiered rule takes the points of the band its occurrences fall in, a discretionary
 * rule takes the points chosen within its bound, a consequence recommends an action and
 * is worth nothing.
 */
sealed interface RulePoints {

	static RulePoints of(RuleKind kind) {
		return switch (kind) {
			case FIXED -> new Fixed();
			case PER_OCCURRENCE -> new PerOccurrence();
			case TIERED -> new Tiered();
			case DISCRETIONARY -> new Discretionary();
			case CONSEQUENCE -> new Consequence();
		};
	}

	Hit hit(Answered answered);

	/** A rule answer whose contents and occurrences are checked. */
	record Answered(Item item, Rule rule, RuleAnswer answer, int occurrences, List<String> contents, String path) {

		Hit hit(BigDecimal points) {
			return hit(this.occurrences, points);
		}

		Hit hit(int counted, BigDecimal points) {
			return new Hit(this.rule, counted, points, this.contents, this.answer.reason());
		}

		BigDecimal timesOccurrences(BigDecimal points) {
			return points.multiply(BigDecimal.valueOf(this.occurrences));
		}

		RuntimeException invalid(String field, String message) {
			return AnswerProblems.invalid(this.item, this.path + field, message);
		}

		/** A rule without options applies once or not at all. */
		void requireOnce() {
			if (this.occurrences > 1 && this.rule.options().isEmpty()) {
				throw invalid(".occurrences", "rule " + this.rule.id() + " applies once or not at all");
			}
		}

	}

	/** 扣N分: its points, once, or once per option named. */
	record Fixed() implements RulePoints {

		@Override
		public Hit hit(Answered answered) {
			answered.requireOnce();
			return answered.hit(answered.timesOccurrences(answered.rule().points()));
		}

	}

	/** 每件扣N分: its points for every occurrence. */
	record PerOccurrence() implements RulePoints {

		@Override
		public Hit hit(Answered answered) {
			return answered.hit(answered.timesOccurrences(answered.rule().points()));
		}

	}

	/** The points of the band the occurrences fall in (the last such band). */
	record Tiered() implements RulePoints {

		@Override
		public Hit hit(Answered answered) {
			BigDecimal points = Points.ZERO;
			for (Tier tier : answered.rule().tiers()) {
				if (tier.contains(answered.occurrences())) {
					points = tier.points();
				}
			}
			return answered.hit(points);
		}

	}

	/** A consequence (暂停执业整改, 注销相应业务类别): an action, once, worth no points. */
	record Consequence() implements RulePoints {

		@Override
		public Hit hit(Answered answered) {
			answered.requireOnce();
			return answered.hit(Points.ZERO);
		}

	}

	/**
	 * 酌情扣分 or an expert's assessment: the points chosen, at most the bound per
	 * occurrence, in the rule's steps, with a reason unless an expert assessed them.
	 */
	record Discretionary() implements RulePoints {

		@Override
		public Hit hit(Answered answered) {
			Rule rule = answered.rule();
			BigDecimal points = answered.answer().points();
			if (points == null) {
				if (answered.occurrences() == 0) {
					return answered.hit(Points.ZERO);
				}
				throw answered.invalid(".points", "rule " + rule.id() + " needs the points "
						+ (rule.expert() ? "the expert assessed" : "chosen (酌情扣分)"));
			}
			requireWithinBound(answered, points);
			String reason = answered.answer().reason();
			if (!rule.expert() && points.signum() > 0 && (reason == null || reason.isBlank())) {
				throw answered.invalid(".reason", "a discretionary deduction (酌情扣分) needs its reason");
			}
			return (points.signum() == 0) ? answered.hit(0, Points.ZERO) : answered.hit(points);
		}

		private static void requireWithinBound(Answered answered, BigDecimal points) {
			Rule rule = answered.rule();
			BigDecimal bound = answered.timesOccurrences(rule.bound());
			if (points.signum() < 0) {
				throw answered.invalid(".points", "points of rule " + rule.id() + " cannot be negative");
			}
			if (points.compareTo(bound) > 0) {
				throw answered.invalid(".points",
						"rule " + rule.id() + " allows at most " + Points.normalize(rule.bound()).toPlainString()
								+ " points per occurrence (" + Points.normalize(bound).toPlainString() + " for "
								+ answered.occurrences() + "), got " + points.toPlainString());
			}
			if (points.remainder(rule.step()).signum() != 0) {
				throw answered.invalid(".points", "points of rule " + rule.id() + " go in steps of "
						+ Points.normalize(rule.step()).toPlainString() + ", got " + points.toPlainString());
			}
		}

	}

}
