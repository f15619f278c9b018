package org.shuangsuiji.nationaldata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFilesTest {

	private final DataSet data = new DataSetGenerator(RegionCatalogue.national()).generate(3, 0.01);

	@Test
	void anAgencyFileHasTheRegistryHeadersAndOneLinePerAgency() {
		List<String> lines = lines(ImportFiles.agencies(this.data.agencies()));
		assertThat(lines.get(0)).isEqualTo(String.join(",", ImportFiles.AGENCY_HEADERS));
		assertThat(lines).hasSize(this.data.agencies().size() + 1);
		DataSet.Agency first = this.data.agencies().get(0);
		String[] cells = lines.get(1).split(",", -1);
		assertThat(cells).hasSize(ImportFiles.AGENCY_HEADERS.size());
		assertThat(cells[1]).isEqualTo(first.creditCode());
		assertThat(cells[2]).isEqualTo(first.regionCode());
		assertThat(cells[ImportFiles.AGENCY_HEADERS.indexOf("CNAS证书编号")]).isEmpty();
	}

	@Test
	void categoriesAreListedByTheirChineseNamesSeparatedByTheEnumerationComma() {
		List<String> lines = lines(ImportFiles.appraisers(this.data.appraisers()));
		int column = ImportFiles.APPRAISER_HEADERS.indexOf("执业类别");
		assertThat(lines.subList(1, lines.size())).allSatisfy((line) -> assertThat(line.split(",", -1)[column]).matches(
				"(法医病理|法医临床|法医精神病|法医物证|法医毒物|文书|痕迹|微量物证|声像资料|环境损害)(、(法医病理|法医临床|法医精神病|法医物证|法医毒物|文书|痕迹|微量物证|声像资料|环境损害))*"));
	}

	@Test
	void aCellWithACommaOrAQuoteIsQuoted() {
		byte[] csv = ImportFiles.csv(List.of("a", "b"), List.of(Arrays.asList("x,y", "say \"hi\"")));
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n");
	}

	@Test
	void aPoolMemberWithoutALawEnforcementCertificateLeavesTheCellEmpty() {
		DataSet.PoolPerson person = new DataSet.PoolPerson("王伟", null, java.util.Set.of(), "新乡市司法局", "410700", true);
		assertThat(lines(ImportFiles.inspectors(List.of(person))).get(1)).isEqualTo("王伟,,新乡市司法局,410700,是");
	}

	private static List<String> lines(byte[] csv) {
		return List.of(new String(csv, StandardCharsets.UTF_8).split("\n"));
	}

}
