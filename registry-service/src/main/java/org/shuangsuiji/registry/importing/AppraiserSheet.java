package org.shuangsuiji.registry.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.tables.Table.Row;
import org.shuangsuiji.registry.appraiser.Appraiser;
import org.shuangsuiji.registry.appraiser.AppraiserInput;
import org.shuangsuiji.registry.appraiser.TrainingYear;

/**
 * The columns of an appraiser file. The agency is named by its 统一社会信用代码; training hours
 * are written {@code 2023:42;2024:36}.
 */
public final class AppraiserSheet {

	public static final String NAME = "姓名";

	public static final String CERTIFICATE_NO = "执业证号";

	public static final String ISSUED_ON = "执业证发证日期";

	public static final String AGENCY_CREDIT_CODE = "机构统一社会信用代码";

	public static final String CATEGORIES = "执业类别";

	public static final String TRAINING = "继续教育学时";

	public static final String STATUS = "状态";

	public static final List<String> HEADERS = List.of(NAME, CERTIFICATE_NO, ISSUED_ON, AGENCY_CREDIT_CODE, CATEGORIES,
			TRAINING, STATUS);

	public static final List<String> REQUIRED = List.of(NAME, CERTIFICATE_NO, AGENCY_CREDIT_CODE, CATEGORIES);

	private static final Pattern TRAINING_ENTRY = Pattern.compile("(\\d{4})\\s*[:：]\\s*(\\d+)");

	private AppraiserSheet() {
	}

	/**
	 * A row as input; {@code agencyId} is left empty and the credit code returned beside
	 * it.
	 */
	public static Optional<Parsed> read(Row row, List<ImportError> errors) {
		int before = errors.size();
		Cells cells = new Cells(row, errors);
		List<TrainingYear> training = new ArrayList<>();
		for (String entry : cells.list(TRAINING)) {
			Matcher matcher = TRAINING_ENTRY.matcher(entry);
			if (matcher.matches()) {
				training.add(new TrainingYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
			}
			else {
				cells.error(TRAINING, "'" + entry + "' is not year:hours (2024:40)");
			}
		}
		AppraiserInput input = new AppraiserInput(cells.text(NAME), cells.text(CERTIFICATE_NO), cells.date(ISSUED_ON),
				null, cells.list(CATEGORIES), training, cells.text(STATUS));
		if (errors.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Parsed(input, cells.text(AGENCY_CREDIT_CODE)));
	}

	public static String columnOf(String field) {
		if (field.startsWith("categories")) {
			return CATEGORIES;
		}
		if (field.startsWith("training")) {
			return TRAINING;
		}
		return switch (field) {
			case "name" -> NAME;
			case "certificateNo" -> CERTIFICATE_NO;
			case "certificateIssuedOn" -> ISSUED_ON;
			case "status" -> STATUS;
			default -> field;
		};
	}

	public static List<String> write(Appraiser appraiser, String agencyCreditCode) {
		List<String> cells = new ArrayList<>();
		cells.add(appraiser.name());
		cells.add(appraiser.certificateNo());
		cells.add((appraiser.certificateIssuedOn() != null) ? appraiser.certificateIssuedOn().toString() : null);
		cells.add(agencyCreditCode);
		cells.add(
				String.join("、", appraiser.categories().stream().sorted().map(BusinessCategory::chineseName).toList()));
		cells.add(String.join(";", appraiser.training().stream().map((t) -> t.year() + ":" + t.hours()).toList()));
		cells.add(appraiser.status().chineseName());
		return cells;
	}

	/**
	 * A row read into an input.
	 *
	 * @param input the appraiser as given, without agency id
	 * @param agencyCreditCode the agency's 统一社会信用代码 as given
	 */
	public record Parsed(AppraiserInput input, String agencyCreditCode) {
	}

}
