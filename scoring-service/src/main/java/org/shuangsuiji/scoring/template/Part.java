package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * A part of a template, such as "执业规范（25分）".
 *
 * @param id stable id, unique in the template
 * @param label the seed's numbering ("1", "四")
 * @param title the seed's heading without its points
 * @param kind how the part's score is made
 * @param max the part's maximum (for a bonus part its cap, 5分为限); {@code null} for a
 * checklist part
 * @param floor the lowest the part can go (扣完为止 is 0); {@code null} only when a pool
 * floors it
 * @param items the part's items in seed order
 */
public record Part(String id, String label, String title, PartKind kind, BigDecimal max, BigDecimal floor,
		List<Item> items) {

	public Part {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

}
