package org.shuangsuiji.inspection.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * The dossier sampling of one task: registers, then the commitment, then the draw, then
 * the reviews. Each step only after the one before; registers are frozen by the
 * commitment.
 *
 * @param taskId the task (also the identity)
 * @param registers imported registers, at most one per kind
 * @param commitment the committed inputs, {@code null} before
 * @param draw the draw, {@code null} before
 * @param reviews reviews of drawn files
 * @param version the stored version ({@code null} before the first save)
 */
public record Dossier(String taskId, List<Register> registers, Commitment commitment, Draw draw,
		List<FileReview> reviews, Long version) {

	public Dossier {
		registers = registers.stream().sorted(Comparator.comparing(Register::kind)).toList();
		reviews = List.copyOf(reviews);
	}

	public static Dossier empty(String taskId) {
		return new Dossier(taskId, List.of(), null, null, List.of(), null);
	}

	public Dossier withRegister(Register register) {
		List<Register> next = new ArrayList<>(this.registers);
		next.removeIf((existing) -> existing.kind() == register.kind());
		next.add(register);
		return new Dossier(this.taskId, next, this.commitment, this.draw, this.reviews, this.version);
	}

	public Dossier committed(Commitment newCommitment) {
		return new Dossier(this.taskId, this.registers, newCommitment, this.draw, this.reviews, this.version);
	}

	public Dossier drawn(Draw newDraw) {
		return new Dossier(this.taskId, this.registers, this.commitment, newDraw, this.reviews, this.version);
	}

	public Dossier withReview(FileReview review) {
		List<FileReview> next = new ArrayList<>(this.reviews);
		next.removeIf((existing) -> existing.caseNumber().equals(review.caseNumber()));
		next.add(review);
		next.sort(Comparator.comparing(FileReview::caseNumber));
		return new Dossier(this.taskId, this.registers, this.commitment, this.draw, next, this.version);
	}

	/** Every defect of every review, by case number and item. */
	public List<Finding> findings() {
		return this.reviews.stream().flatMap((review) -> review.findings().stream()).toList();
	}

	/**
	 * The committed inputs.
	 *
	 * @param inputs what was hashed
	 * @param hash the commitment (SHA-256 of the canonical JSON)
	 * @param committedBy who committed
	 * @param committedAt when
	 */
	public record Commitment(SampleInputs inputs, String hash, Actor committedBy, Instant committedAt) {

	}

	/**
	 * The draw.
	 *
	 * @param seed the seed
	 * @param seedNote where the seed came from (e.g. a notarised value), may be null
	 * @param result what was drawn
	 * @param drawnBy who drew
	 * @param drawnAt when
	 */
	public record Draw(String seed, String seedNote, SampleResult result, Actor drawnBy, Instant drawnAt) {

	}

}
