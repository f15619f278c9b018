package org.shuangsuiji.registry.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.tables.Table.Row;
import org.shuangsuiji.registry.pool.Expert;
import org.shuangsuiji.registry.pool.Inspector;
import org.shuangsuiji.registry.pool.PoolInput;
import org.shuangsuiji.registry.pool.PoolKind;
import org.shuangsuiji.registry.pool.PoolMember;

/** The columns of inspector and expert files. */
public final class PoolSheet {

	public static final String NAME = "姓名";

	public static final String CERT_NO = "执法证号";

	public static final String UNIT = "工作单位";

	public static final String REGION = "地区代码";

	public static final String SPECIALITIES = "专业领域";

	public static final String ACTIVE = "在岗";

	public static final List<String> INSPECTOR_HEADERS = List.of(NAME, CERT_NO, UNIT, REGION, ACTIVE);

	public static final List<String> INSPECTOR_REQUIRED = List.of(NAME, UNIT, REGION);

	public static final List<String> EXPERT_HEADERS = List.of(NAME, SPECIALITIES, UNIT, REGION, ACTIVE);

	public static final List<String> EXPERT_REQUIRED = List.of(NAME, SPECIALITIES, UNIT, REGION);

	private PoolSheet() {
	}

	/** The columns a file of the pool cannot do without. */
	public static List<String> required(PoolKind<?> pool) {
		return (pool == PoolKind.INSPECTORS) ? INSPECTOR_REQUIRED : EXPERT_REQUIRED;
	}

	public static List<String> headers(PoolKind<?> pool) {
		return (pool == PoolKind.INSPECTORS) ? INSPECTOR_HEADERS : EXPERT_HEADERS;
	}

	/** A row of the pool's file as input, or empty with its bad cells in errors. */
	public static Optional<PoolInput> read(PoolKind<?> pool, Row row, List<ImportError> errors) {
		return (pool == PoolKind.INSPECTORS) ? readInspector(row, errors) : readExpert(row, errors);
	}

	public static List<String> write(PoolMember member) {
		return (member instanceof Inspector inspector) ? write(inspector) : write((Expert) member);
	}

	public static Optional<PoolInput> readInspector(Row row, List<ImportError> errors) {
		int before = errors.size();
		Cells cells = new Cells(row, errors);
		PoolInput input = new PoolInput(cells.text(NAME), cells.text(CERT_NO), cells.text(UNIT), cells.text(REGION),
				List.of(), cells.yesNo(ACTIVE));
		return (errors.size() > before) ? Optional.empty() : Optional.of(input);
	}

	public static Optional<PoolInput> readExpert(Row row, List<ImportError> errors) {
		int before = errors.size();
		Cells cells = new Cells(row, errors);
		PoolInput input = new PoolInput(cells.text(NAME), null, cells.text(UNIT), cells.text(REGION),
				cells.list(SPECIALITIES), cells.yesNo(ACTIVE));
		return (errors.size() > before) ? Optional.empty() : Optional.of(input);
	}

	public static String columnOf(String field) {
		if (field.startsWith("specialities")) {
			return SPECIALITIES;
		}
		return switch (field) {
			case "name" -> NAME;
			case "lawEnforcementCertNo" -> CERT_NO;
			case "unit" -> UNIT;
			case "regionCode" -> REGION;
			default -> field;
		};
	}

	public static List<String> write(Inspector inspector) {
		List<String> cells = new ArrayList<>();
		cells.add(inspector.name());
		cells.add(inspector.lawEnforcementCertNo());
		cells.add(inspector.unit());
		cells.add(inspector.regionCode().value());
		cells.add(inspector.active() ? "是" : "否");
		return cells;
	}

	public static List<String> write(Expert expert) {
		List<String> cells = new ArrayList<>();
		cells.add(expert.name());
		cells
			.add(String.join("、", expert.specialities().stream().sorted().map(BusinessCategory::chineseName).toList()));
		cells.add(expert.unit());
		cells.add(expert.regionCode().value());
		cells.add(expert.active() ? "是" : "否");
		return cells;
	}

}
