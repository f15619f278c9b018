package org.shuangsuiji.inspection.task;

import java.util.ArrayList;
import java.util.List;

/**
 * What the team recorded on site (seed 000 附件2 二): the steps, the main findings of the
 * internal discussion, the fact sheet, the agency's answer to it and the seal.
 *
 * @param steps each step after scheduling, in order
 * @param mainFindings 汇总确定的主要检查发现问题, empty until discussed
 * @param factSheet the issued fact sheet, else {@code null}
 * @param answer the agency's answer to it, else {@code null}
 * @param seal set on closing, else {@code null}
 */
public record OnSite(List<TaskStep> steps, List<String> mainFindings, FactSheet factSheet, FactSheetAnswer answer,
		Seal seal) {

	public static final OnSite NONE = new OnSite(List.of(), List.of(), null, null, null);

	public OnSite {
		steps = List.copyOf(steps);
		mainFindings = List.copyOf(mainFindings);
	}

	OnSite with(TaskStep step) {
		List<TaskStep> more = new ArrayList<>(this.steps);
		more.add(step);
		return new OnSite(more, this.mainFindings, this.factSheet, this.answer, this.seal);
	}

	OnSite withFindings(List<String> findings) {
		return new OnSite(this.steps, findings, this.factSheet, this.answer, this.seal);
	}

	OnSite withFactSheet(FactSheet sheet) {
		return new OnSite(this.steps, this.mainFindings, sheet, this.answer, this.seal);
	}

	OnSite withAnswer(FactSheetAnswer given) {
		return new OnSite(this.steps, this.mainFindings, this.factSheet, given, this.seal);
	}

	OnSite withSeal(Seal given) {
		return new OnSite(this.steps, this.mainFindings, this.factSheet, this.answer, given);
	}

}
