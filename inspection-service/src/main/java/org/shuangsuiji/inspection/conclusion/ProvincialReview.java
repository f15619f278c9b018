package org.shuangsuiji.inspection.conclusion;

import java.util.List;

/**
 * The provincial review of one conclusion (复核研判, seed 000 附件2 四: 对检查中发现较多问题或存在严重问题的
 * 司法鉴定机构进行复核研判).
 *
 * @param status pending or decided
 * @param reasons why the conclusion goes to the province
 * @param verdict the province's decision once {@link ReviewStatus#DECIDED}, else
 * {@code null}
 */
public record ProvincialReview(ReviewStatus status, List<String> reasons, ReviewVerdict verdict) {

	public ProvincialReview {
		reasons = List.copyOf(reasons);
	}

	public static ProvincialReview pending(List<String> reasons) {
		return new ProvincialReview(ReviewStatus.PENDING, reasons, null);
	}

	public ProvincialReview decided(ReviewVerdict verdict) {
		return new ProvincialReview(ReviewStatus.DECIDED, this.reasons, verdict);
	}

}
