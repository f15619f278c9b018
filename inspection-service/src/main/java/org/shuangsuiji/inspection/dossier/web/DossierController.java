package org.shuangsuiji.inspection.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shuangsuiji.inspection.dossier.Dossier;
import org.shuangsuiji.inspection.dossier.DossierService;
import org.shuangsuiji.inspection.dossier.DossierTeam;
import org.shuangsuiji.inspection.dossier.DossierVerification;
import org.shuangsuiji.inspection.dossier.FileReview;
import org.shuangsuiji.inspection.dossier.Finding;
import org.shuangsuiji.inspection.dossier.ItemCheck;
import org.shuangsuiji.inspection.dossier.RegisterKind;
import org.shuangsuiji.inspection.dossier.ReviewItem;
import org.shuangsuiji.inspection.dossier.SampleInputs;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Dossier sampling of a task (抽查鉴定档案), under {@code /api/inspections/tasks/{id}/dossier}.
 * Reads as the task reads; every change by the task's current team while it is on site
 * (inspector or expert accounts; the service checks the team and the state).
 */
@RestController
@RequestMapping("/api/inspections/tasks/{id}/dossier")
class DossierController {

	private final DossierService dossiers;

	DossierController(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping
	DossierResponse get(Caller caller, @AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return DossierResponse.of(this.dossiers.get(caller, personId(jwt), id));
	}

	/** {@code kind}: commission, material or opinion-issue; form field {@code file}. */
	@PostMapping(path = "/registers/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('inspector','expert')")
	DossierResponse importRegister(Caller caller, @PathVariable String id, @PathVariable String kind,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		RegisterKind registerKind = RegisterKind.parse(kind)
			.orElseThrow(() -> new NotFoundException("register-kind-unknown",
					"no register " + kind + "; commission, material or opinion-issue"));
		DossierTeam team = this.dossiers.requireTeam(caller, id);
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file-missing", "file", "upload the register as form field 'file'");
		}
		return DossierResponse.of(this.dossiers.importRegister(team, registerKind, file.getOriginalFilename(),
				file.getContentType(), bytes(file)));
	}

	@PostMapping("/commitment")
	@PreAuthorize("hasAnyRole('inspector','expert')")
	@ResponseStatus(HttpStatus.CREATED)
	DossierResponse commit(Caller caller, @AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@Valid @RequestBody(required = false) DossierCommitRequest request) {
		DossierCommitRequest body = (request != null) ? request : new DossierCommitRequest(null, null);
		return DossierResponse
			.of(this.dossiers.commit(caller, personId(jwt), id, body.coreCategories(), body.sampleSize()));
	}

	@PostMapping("/draw")
	@PreAuthorize("hasAnyRole('inspector','expert')")
	@ResponseStatus(HttpStatus.CREATED)
	DossierResponse draw(Caller caller, @AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@Valid @RequestBody(required = false) DossierDrawRequest request) {
		DossierDrawRequest body = (request != null) ? request : new DossierDrawRequest(null, null);
		return DossierResponse.of(this.dossiers.draw(caller, personId(jwt), id, body.seed(), body.seedNote()));
	}

	@GetMapping("/verification")
	DossierVerificationResponse verify(Caller caller, @AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		DossierVerification v = this.dossiers.verify(caller, personId(jwt), id);
		return new DossierVerificationResponse(v.algorithm(), v.recordedCommitment(), v.recomputedCommitment(),
				v.resultMatches(), v.valid());
	}

	@PutMapping("/files/{caseNumber}/review")
	@PreAuthorize("hasAnyRole('inspector','expert')")
	DossierResponse review(Caller caller, @PathVariable String id, @PathVariable String caseNumber,
			@RequestBody DossierReviewRequest request, BodyValidator bodies) {
		DossierTeam team = this.dossiers.requireTeam(caller, id);
		bodies.valid(request);
		List<ItemCheck> checks = request.checks()
			.stream()
			.map((check) -> new ItemCheck(check.item(), check.result() == CheckResult.DEFECT, check.note()))
			.toList();
		return DossierResponse.of(this.dossiers.review(team, caseNumber, checks));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<String> personId(Jwt jwt) {
		return Optional.ofNullable(jwt)
			.map((token) -> token.getClaimAsString("person_id"))
			.filter((personId) -> !personId.isBlank());
	}

	/**
	 * @param coreCategories the agency's core categories (核心鉴定领域); absent: the window's
	 * most frequent
	 * @param sampleSize at least 20 (default)
	 */
	record DossierCommitRequest(@Size(max = 50) List<@NotNull @Size(min = 1, max = 200) String> coreCategories,
			Integer sampleSize) {
	}

	record DossierDrawRequest(@Size(max = 500) String seed, @Size(max = 500) String seedNote) {
	}

	enum CheckResult {

		OK, DEFECT

	}

	record DossierCheckRequest(@NotNull ReviewItem item, @NotNull CheckResult result, @Size(max = 1000) String note) {
	}

	record DossierReviewRequest(@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid DossierCheckRequest> checks) {
	}

	record DossierVerificationResponse(String algorithm, String recordedCommitment, String recomputedCommitment,
			boolean resultMatches, boolean verified) {
	}

	record DossierRegisterView(String kind, String title, String fileName, int rows, Actor importedBy,
			Instant importedAt) {
	}

	record DossierCommitmentView(String commitment, String algorithm, Map<String, Object> inputs, Actor committedBy,
			Instant committedAt) {
	}

	record DossierDrawView(String seed, String seedNote, List<String> caseNumbers, boolean allTaken, int windowSize,
			String note, Actor drawnBy, Instant drawnAt) {
	}

	record DossierCheckView(ReviewItem item, String title, CheckResult result, String note) {
	}

	record DossierReviewView(String caseNumber, List<DossierCheckView> checks, Actor reviewedBy, Instant reviewedAt) {

		static DossierReviewView of(FileReview review) {
			return new DossierReviewView(review.caseNumber(),
					review.checks()
						.stream()
						.map((c) -> new DossierCheckView(c.item(), c.item().title(),
								c.defect() ? CheckResult.DEFECT : CheckResult.OK, c.note()))
						.toList(),
					review.reviewedBy(), review.reviewedAt());
		}

	}

	record DossierFindingView(String caseNumber, ReviewItem item, String title, String note) {

		static DossierFindingView of(Finding finding) {
			return new DossierFindingView(finding.caseNumber(), finding.item(), finding.item().title(), finding.note());
		}

	}

	/** The sampling of one task: registers, commitment, draw, reviews and findings. */
	record DossierResponse(String taskId, List<DossierRegisterView> registers, DossierCommitmentView commitment,
			DossierDrawView draw, List<DossierReviewView> reviews, List<DossierFindingView> findings) {

		static DossierResponse of(Dossier d) {
			List<DossierRegisterView> registers = d.registers()
				.stream()
				.map((r) -> new DossierRegisterView(r.kind().name(), r.kind().title(), r.fileName(), r.rows().size(),
						r.importedBy(), r.importedAt()))
				.toList();
			DossierCommitmentView commitment = (d.commitment() == null) ? null
					: new DossierCommitmentView(d.commitment().hash(), SampleInputs.ALGORITHM,
							d.commitment().inputs().json(), d.commitment().committedBy(), d.commitment().committedAt());
			DossierDrawView draw = null;
			if (d.draw() != null) {
				var result = d.draw().result();
				String note = result.allTaken() ? "the window from " + d.commitment().inputs().windowStart() + " to "
						+ d.commitment().inputs().windowEnd() + " holds only " + result.windowSize()
						+ " files, fewer than or as many as the sample size " + d.commitment().inputs().sampleSize()
						+ ": all are taken" : null;
				draw = new DossierDrawView(d.draw().seed(), d.draw().seedNote(), result.caseNumbers(),
						result.allTaken(), result.windowSize(), note, d.draw().drawnBy(), d.draw().drawnAt());
			}
			return new DossierResponse(d.taskId(), registers, commitment, draw,
					d.reviews().stream().map(DossierReviewView::of).toList(),
					d.findings().stream().map(DossierFindingView::of).toList());
		}

	}

}
