package org.shuangsuiji.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangsuiji.scoring.template.Part;
import org.shuangsuiji.scoring.template.Pool;
import org.shuangsuiji.scoring.template.Template;

/**
 * The arithmetic of parts and the total: a deduction part never goes below its floor
 * (扣完为止), a bonus or scored part never above its maximum (以5分为限), a pool of parts never
 * below the pool's floor, the total never below 0 nor above the template's cap. Every
 * floor and cap that applies is traced with its correction.
 */
final class FloorsAndCaps {

	private final List<TraceEntry> trace;

	/**
	 * @param trace where the floors and caps that apply are traced
	 */
	FloorsAndCaps(List<TraceEntry> trace) {
		this.trace = trace;
	}

	/** The part's score from what its items deducted and added. */
	PartScore part(Part part, BigDecimal deducted, BigDecimal added) {
		return switch (part.kind()) {
			case DEDUCTION -> deductionPart(part, deducted);
			case BONUS, SCORED -> addedPart(part, added);
			case CHECKLIST -> throw new IllegalStateException("a points table has no checklist part");
		};
	}

	private PartScore deductionPart(Part part, BigDecimal deducted) {
		BigDecimal raw = part.max().subtract(deducted);
		boolean floorReached = part.floor() != null && raw.compareTo(part.floor()) < 0;
		if (floorReached) {
			this.trace.add(TraceEntry.partFloor(part.id(), part.floor().subtract(raw),
					part.title() + "扣完为止（最低" + Points.normalize(part.floor()).toPlainString() + "分）"));
		}
		BigDecimal score = floorReached ? part.floor() : raw;
		return new PartScore(part.id(), part.label(), part.title(), part.kind(), Points.normalize(part.max()),
				Points.normalizeNullable(part.floor()), Points.normalize(deducted), Points.ZERO,
				Points.normalize(score), floorReached, false);
	}

	private PartScore addedPart(Part part, BigDecimal added) {
		BigDecimal max = part.max();
		boolean capReached = added.compareTo(max) > 0;
		if (capReached) {
			this.trace.add(TraceEntry.partCap(part.id(), max.subtract(added),
					part.title() + "以" + Points.normalize(max).toPlainString() + "分为限"));
		}
		BigDecimal score = capReached ? max : added;
		return new PartScore(part.id(), part.label(), part.title(), part.kind(), Points.normalize(max),
				Points.normalizeNullable(part.floor()), Points.ZERO, Points.normalize(added), Points.normalize(score),
				false, capReached);
	}

	/**
	 * Every pool's score: the sum of its parts, at least the pool's floor, at most the
	 * sum of their maximums.
	 */
	List<PoolScore> pools(Template template, Map<String, PartScore> parts) {
		List<PoolScore> pools = new ArrayList<>();
		for (Pool pool : template.pools()) {
			BigDecimal max = Points.ZERO;
			BigDecimal raw = Points.ZERO;
			for (String partId : pool.partIds()) {
				max = max.add(parts.get(partId).max());
				raw = raw.add(parts.get(partId).score());
			}
			boolean floorReached = raw.compareTo(pool.floor()) < 0;
			if (floorReached) {
				this.trace.add(TraceEntry.poolFloor(pool.id(), pool.floor().subtract(raw), pool.note()));
			}
			BigDecimal pooled = raw.max(pool.floor()).min(max);
			pools.add(new PoolScore(pool.id(), pool.partIds(), Points.normalize(max), Points.normalize(pool.floor()),
					Points.normalize(raw), Points.normalize(pooled), floorReached));
		}
		return pools;
	}

	/**
	 * The total: every pool's score plus every part outside a pool, at least 0, at most
	 * the template's cap.
	 */
	BigDecimal total(Template template, List<PartScore> parts, List<PoolScore> pools) {
		Set<String> pooledParts = new HashSet<>();
		BigDecimal sum = Points.ZERO;
		for (PoolScore pool : pools) {
			pooledParts.addAll(pool.partIds());
			sum = sum.add(pool.score());
		}
		for (PartScore part : parts) {
			if (!pooledParts.contains(part.partId())) {
				sum = sum.add(part.score());
			}
		}
		BigDecimal total = sum.max(Points.ZERO);
		if (total.compareTo(template.totalCap()) > 0) {
			this.trace.add(TraceEntry.totalCap(template.totalCap().subtract(total),
					"总分为" + Points.normalize(template.totalCap()).toPlainString() + "分"));
			total = template.totalCap();
		}
		return Points.normalize(total);
	}

}
