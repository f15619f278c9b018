package org.shuangsuiji.registry.pool;

import java.util.List;

/**
 * An inspector or expert as typed or imported.
 *
 * @param name 姓名
 * @param lawEnforcementCertNo 执法证号 (inspectors only)
 * @param unit 工作单位
 * @param regionCode region code text
 * @param specialities categories (experts only)
 * @param active {@code null} means active
 */
public record PoolInput(String name, String lawEnforcementCertNo, String unit, String regionCode,
		List<String> specialities, Boolean active) {

	public PoolInput {
		specialities = (specialities != null) ? specialities : List.of();
	}

}
