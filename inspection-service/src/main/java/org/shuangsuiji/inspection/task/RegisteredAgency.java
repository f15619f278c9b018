package org.shuangsuiji.inspection.task;

import java.util.List;

/**
 * What the fact sheet takes from the registry about the inspected agency.
 *
 * @param name 机构名称
 * @param creditCode 统一社会信用代码
 * @param certificates its CMA and CNAS certificates
 */
public record RegisteredAgency(String name, String creditCode, List<AgencyCertificate> certificates) {

	public RegisteredAgency {
		certificates = List.copyOf(certificates);
	}

}
