package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.shuangsuiji.platform.region.RegionCode;

/**
 * One version of a scoring template. A version that has scored a sheet never changes; a
 * change is a new version.
 *
 * @param templateId stable id of the template across versions, such as
 * {@code ezhou-2025-scoring}
 * @param version 1, 2, …
 * @param region the region whose bureau issued it (新乡市 410700)
 * @param year the inspection year it is for
 * @param kind checklist or points table
 * @param title the seed's title
 * @param issuer the issuing bureau (新乡市司法局)
 * @param source where the template comes from (the seed document and annex)
 * @param header header and footer fields of the sheet
 * @param parts the parts in seed order
 * @param pools deduction parts floored together, usually none
 * @param totalCap the highest total (总分为100分); {@code null} for a checklist
 * @param grades grade bands, highest first; empty for a checklist
 * @param conclusions conclusion rules of a checklist, tried in order; empty for a points
 * table
 * @param findingAction what any finding on an item recommends (限期整改), or {@code null}
 * @param provincialReview when a result goes to the province for 复核研判, or {@code null}
 * @param notes remarks on the seed and on how it was read
 */
public record Template(String templateId, int version, RegionCode region, int year, TemplateKind kind, String title,
		String issuer, String source, List<HeaderField> header, List<Part> parts, List<Pool> pools, BigDecimal totalCap,
		List<GradeBand> grades, List<ConclusionRule> conclusions, Action findingAction, ReviewRule provincialReview,
		List<String> notes) {

	public Template {
		header = (header != null) ? List.copyOf(header) : List.of();
		parts = (parts != null) ? List.copyOf(parts) : List.of();
		pools = (pools != null) ? List.copyOf(pools) : List.of();
		grades = (grades != null) ? List.copyOf(grades) : List.of();
		conclusions = (conclusions != null) ? List.copyOf(conclusions) : List.of();
		notes = (notes != null) ? List.copyOf(notes) : List.of();
	}

	/** A template without a provincial review rule. */
	public Template(String templateId, int version, RegionCode region, int year, TemplateKind kind, String title,
			String issuer, String source, List<HeaderField> header, List<Part> parts, List<Pool> pools,
			BigDecimal totalCap, List<GradeBand> grades, List<ConclusionRule> conclusions, Action findingAction,
			List<String> notes) {
		this(templateId, version, region, year, kind, title, issuer, source, header, parts, pools, totalCap, grades,
				conclusions, findingAction, null, notes);
	}

	/** Every item in seed order. */
	public Stream<Item> items() {
		return this.parts.stream().flatMap((part) -> part.items().stream());
	}

	public Optional<Item> item(String itemId) {
		return items().filter((item) -> item.id().equals(itemId)).findFirst();
	}

}
