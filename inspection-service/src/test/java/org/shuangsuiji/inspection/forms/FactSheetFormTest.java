package org.shuangsuiji.inspection.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FactSheetFormTest {

	@Test
	void verificationUrlLeadsToTheSpaPageWithTaskIdAndHash() {
		FactSheetForm form = FormFixtures.factSheet(List.of("一项事实"));
		assertThat(form.verificationUrl()).isEqualTo("https://ssj.example.gov.cn/#/verify/fact-sheet/"
				+ "demo-xinxiang-2024:ag-zhengheng?h=" + form.contentHash());
	}

	@Test
	void verificationUrlEncodesWhatAPathSegmentCannotHoldAndIgnoresATrailingSlash() {
		assertThat(FactSheetForm.pathSegment("plan 1/ag?x#新")).isEqualTo("plan%201%2Fag%3Fx%23%E6%96%B0");
		FactSheetForm form = FormFixtures.factSheet(List.of("事实"));
		FactSheetForm slashed = new FactSheetForm(form.taskId(), form.year(), form.city(), form.agencyName(),
				form.creditCode(), form.categories(), form.certificates(), form.facts(), form.agencyOpinion(),
				form.inspectors(), form.inspectionDate(), form.contentHash(), "https://ssj.example.gov.cn/");
		assertThat(slashed.verificationUrl()).isEqualTo(form.verificationUrl());
	}

	@Test
	void titleFollowsTheSeed() {
		assertThat(FormFixtures.factSheet(List.of()).title()).isEqualTo("2024年度新乡市司法鉴定行业 “双随机、一公开”监督抽查事实确认单");
		assertThat(FormFixtures.feedback(false).title()).isEqualTo("2024年度新乡市司法鉴定行业 “双随机、一公开”监督抽查意见反馈表");
	}

	@Test
	void aMissingCertificatePrintsNone() {
		Certificates certificates = new Certificates(Optional.empty(),
				Optional.of(new Certificate("豫CMA 2023-017", LocalDate.of(2029, 1, 9))), Optional.empty());
		assertThat(certificates.nationalPrinted()).isEqualTo("无");
		assertThat(certificates.provincialPrinted()).isEqualTo("豫CMA 2023-017（有效期至2029年1月9日）");
	}

	@Test
	void refusesAContentHashThatIsNotSha256Hex() {
		FactSheetForm form = FormFixtures.factSheet(List.of());
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new FactSheetForm(form.taskId(), 2024, "新乡市", "机构", "code", List.of(), Certificates.none(),
							List.of(), Optional.empty(), List.of(), LocalDate.of(2024, 6, 11), "ABC", form.baseUrl()))
			.withMessageContaining("SHA-256");
	}

	@Test
	void refusesABlankFactAndABaseUrlThatIsNotHttp() {
		FactSheetForm form = FormFixtures.factSheet(List.of());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FactSheetForm(form.taskId(), 2024, "新乡市", "机构", "code", List.of(),
					Certificates.none(), List.of(" "), Optional.empty(), List.of(), LocalDate.of(2024, 6, 11),
					form.contentHash(), form.baseUrl()))
			.withMessageContaining("fact");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FactSheetForm(form.taskId(), 2024, "新乡市", "机构", "code", List.of(),
					Certificates.none(), List.of(), Optional.empty(), List.of(), LocalDate.of(2024, 6, 11),
					form.contentHash(), "javascript:alert(1)"))
			.withMessageContaining("baseUrl");
	}

	@Test
	void feedbackWithAnOpinionMustSayWhatItIs() {
		FeedbackForm form = FormFixtures.feedback(false);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FeedbackForm(form.taskId(), 2024, "新乡市", form.agencyName(), form.creditCode(),
					form.categories(), true, " ", form.signerName(), form.signedOn(), form.submittedAt()))
			.withMessageContaining("opinion");
	}

}
