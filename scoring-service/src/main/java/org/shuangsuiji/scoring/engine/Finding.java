package org.shuangsuiji.scoring.engine;

/** A checklist answer (检查发现问题). */
public enum Finding {

	/** 发现: the inspectors found a problem. */
	A("发现"),

	/** 未发现: no problem found. */
	B("未发现"),

	/** 不适用: the item does not apply to this agency. */
	C("不适用");

	private final String label;

	Finding(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
