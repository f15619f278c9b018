package org.shuangsuiji.inspection.forms;

import java.util.List;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * What the two forms an inspected agency signs (事实确认单, 意见反馈表) print alike: the two-line
 * title of the seed's 附件 and the categories inspected.
 */
public interface AgencyForm {

	/** The plan year (2024 in 2024年度). */
	int year();

	/** The organising city as the title names it (新乡市). */
	String city();

	/** 被检查业务类别, in the order to print. */
	List<BusinessCategory> categories();

	/** Second line of the title: which form this is. */
	String titleTail();

	/** First line of the title: {@code 2024年度新乡市司法鉴定行业}. */
	default String titleHead() {
		return year() + "年度" + city() + "司法鉴定行业";
	}

	default String title() {
		return titleHead() + " " + titleTail();
	}

	default String categoriesPrinted() {
		return Forms.categories(categories());
	}

}
