package org.shuangsuiji.inspection.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.tables.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RegisterCheckTest {

	private static final List<String> HEADERS = List.of("案件编号", "委托日期", "业务类别", "鉴定类型", "疑难", "非常规");

	private static Table.Row line(int number, String caseNumber, String date, String category, String type,
			String difficult, String unusual) {
		return new Table.Row(number, Map.of("案件编号", caseNumber, "委托日期", date, "业务类别", category, "鉴定类型", type, "疑难",
				difficult, "非常规", unusual));
	}

	@Test
	void readsGoodRowsWithTheirFlags() {
		List<RegisterRow> rows = RegisterCheck.check(RegisterKind.COMMISSION,
				new Table(HEADERS, List.of(line(2, "A1", "2023-05-08", "法医临床鉴定", "伤残等级", "是", ""),
						line(3, "A2", "2023/5/9", "法医病理鉴定", "死因", "否", "Y"))));
		assertThat(rows).containsExactly(new RegisterRow("A1", LocalDate.of(2023, 5, 8), "法医临床鉴定", "伤残等级", true, false),
				new RegisterRow("A2", LocalDate.of(2023, 5, 9), "法医病理鉴定", "死因", false, true));
	}

	@Test
	void listsEveryFaultOfEveryRow() {
		RegisterRejectedException rejected = catchThrowableOfType(RegisterRejectedException.class,
				() -> RegisterCheck.check(RegisterKind.COMMISSION,
						new Table(HEADERS,
								List.of(line(2, "A1", "2023-05-08", "法医临床鉴定", "伤残等级", "是", ""),
										line(3, "", "2023-13-01", "法医临床鉴定", "伤残等级", "maybe", ""),
										line(4, "A1", "2023-05-09", "", "伤残等级", "", "")))));
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.type()).isEqualTo("register-rejected");
		@SuppressWarnings("unchecked")
		List<RowError> errors = (List<RowError>) rejected.properties().get("errors");
		assertThat(errors).containsExactly(new RowError(3, "案件编号", "is required"),
				new RowError(3, "委托日期", "'2023-13-01' is not a date (2023-05-08 or 2023/5/8)"),
				new RowError(3, "疑难", "'maybe' is not 是 or 否"), new RowError(4, "业务类别", "is required"),
				new RowError(4, "案件编号", "case A1 is already on row 2"));
	}

	@Test
	void namesTheMissingColumns() {
		RegisterRejectedException rejected = catchThrowableOfType(RegisterRejectedException.class,
				() -> RegisterCheck.check(RegisterKind.OPINION_ISSUE, new Table(List.of("案件编号", "业务类别"), List.of())));
		assertThat(rejected.properties().get("errors")).asList()
			.containsExactly(new RowError(1, "鉴定类型", "the column is missing"),
					new RowError(1, "发放日期", "the column is missing (or 日期)"));
	}

}
