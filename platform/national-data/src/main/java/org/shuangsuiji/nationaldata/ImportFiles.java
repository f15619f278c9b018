package org.shuangsuiji.nationaldata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * The registry's import files (UTF-8 CSV with its Chinese headers, as registry-service's
 * README lists them) for rows of the data set.
 */
public final class ImportFiles {

	static final List<String> AGENCY_HEADERS = List.of("名称", "统一社会信用代码", "地区代码", "地址", "法定代表人", "联系人", "联系方式", "业务类别",
			"许可证号", "许可证发证机关", "许可证有效期起", "许可证有效期至", "CMA证书编号", "CMA发证机关", "CMA有效期起", "CMA有效期至", "CNAS证书编号", "CNAS发证机关",
			"CNAS有效期起", "CNAS有效期至", "执业场所面积", "功能分区", "风险保障方式", "保险机构", "保单号", "保障有效期至", "状态");

	static final List<String> APPRAISER_HEADERS = List.of("姓名", "执业证号", "执业证发证日期", "机构统一社会信用代码", "执业类别", "继续教育学时",
			"状态");

	static final List<String> INSPECTOR_HEADERS = List.of("姓名", "执法证号", "工作单位", "地区代码", "在岗");

	static final List<String> EXPERT_HEADERS = List.of("姓名", "专业领域", "工作单位", "地区代码", "在岗");

	private ImportFiles() {
	}

	public static byte[] agencies(List<DataSet.Agency> agencies) {
		List<List<String>> rows = new ArrayList<>();
		for (DataSet.Agency a : agencies) {
			boolean cma = a.cmaNumber() != null;
			rows.add(Arrays.asList(a.name(), a.creditCode(), a.regionCode(), a.address(), a.legalRepresentative(),
					a.contactPerson(), a.contactPhone(), categories(a.categories()), a.licenceNumber(),
					a.licenceIssuer(), date(a.licenceFrom()), date(a.licenceUntil()), a.cmaNumber(),
					cma ? "国家认证认可监督管理委员会" : null, cma ? date(a.cmaUntil().minusYears(6)) : null, date(a.cmaUntil()),
					null, null, null, null, String.valueOf(a.areaSquareMetres()), zones(a.categories()), a.coverKind(),
					a.coverProvider(), a.coverReference(), date(a.coverUntil()), a.status()));
		}
		return csv(AGENCY_HEADERS, rows);
	}

	public static byte[] appraisers(List<DataSet.Appraiser> appraisers) {
		List<List<String>> rows = new ArrayList<>();
		for (DataSet.Appraiser a : appraisers) {
			rows.add(Arrays.asList(a.name(), a.certificateNo(), date(a.issuedOn()), a.agencyCreditCode(),
					categories(a.categories()), a.training(), a.status()));
		}
		return csv(APPRAISER_HEADERS, rows);
	}

	public static byte[] inspectors(List<DataSet.PoolPerson> inspectors) {
		List<List<String>> rows = new ArrayList<>();
		for (DataSet.PoolPerson p : inspectors) {
			rows.add(Arrays.asList(p.name(), p.certNo(), p.unit(), p.regionCode(), p.active() ? "是" : "否"));
		}
		return csv(INSPECTOR_HEADERS, rows);
	}

	public static byte[] experts(List<DataSet.PoolPerson> experts) {
		List<List<String>> rows = new ArrayList<>();
		for (DataSet.PoolPerson p : experts) {
			rows.add(Arrays.asList(p.name(), categories(p.specialities()), p.unit(), p.regionCode(),
					p.active() ? "是" : "否"));
		}
		return csv(EXPERT_HEADERS, rows);
	}

	/**
	 * Every agency has the three rooms; a laboratory and a 检材保管室 where its categories
	 * test samples.
	 */
	static String zones(Set<BusinessCategory> categories) {
		boolean lab = categories.stream().anyMatch(BusinessCategory::accreditationRequired);
		return lab ? "接待室、鉴定室、档案室、实验室、检材保管室" : "接待室、鉴定室、档案室";
	}

	private static String categories(Set<BusinessCategory> categories) {
		return categories.stream().sorted().map(BusinessCategory::chineseName).collect(Collectors.joining("、"));
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	static byte[] csv(List<String> headers, List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		line(out, headers);
		rows.forEach((row) -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String cell = cells.get(i);
			if (cell == null) {
				continue;
			}
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
				out.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(cell);
			}
		}
		out.append('\n');
	}

}
