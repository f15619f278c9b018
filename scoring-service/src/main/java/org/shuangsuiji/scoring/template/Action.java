package org.shuangsuiji.scoring.template;

import java.util.Objects;

/**
 * A measure a finding recommends, such as {@code SUSPEND_PRACTICE} 暂停执业整改,
 * {@code CANCEL_CATEGORY} 注销相应业务类别 or {@code RECTIFY} 限期整改. The code is stable, the label
 * is the template's wording.
 */
public record Action(String code, String label) {

	public Action {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(label, "label");
	}

}
