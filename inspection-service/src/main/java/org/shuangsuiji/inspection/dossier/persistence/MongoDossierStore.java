package org.shuangsuiji.inspection.dossier.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.shuangsuiji.inspection.dossier.Dossier;
import org.shuangsuiji.inspection.dossier.DossierStore;
import org.shuangsuiji.inspection.dossier.FileReview;
import org.shuangsuiji.inspection.dossier.ItemCheck;
import org.shuangsuiji.inspection.dossier.Register;
import org.shuangsuiji.inspection.dossier.RegisterKind;
import org.shuangsuiji.inspection.dossier.RegisterRow;
import org.shuangsuiji.inspection.dossier.ReviewItem;
import org.shuangsuiji.inspection.dossier.SampleCase;
import org.shuangsuiji.inspection.dossier.SampleInputs;
import org.shuangsuiji.inspection.dossier.SampleResult;
import org.shuangsuiji.inspection.dossier.persistence.DossierDocument.ActorDoc;
import org.shuangsuiji.inspection.dossier.persistence.DossierDocument.CaseDoc;
import org.shuangsuiji.inspection.dossier.persistence.DossierDocument.CheckDoc;
import org.shuangsuiji.inspection.dossier.persistence.DossierDocument.CommitmentDoc;
import org.shuangsuiji.inspection.dossier.persistence.DossierDocument.DrawDoc;
import org.shuangsuiji.inspection.dossier.persistence.DossierDocument.InputsDoc;
import org.shuangsuiji.inspection.dossier.persistence.DossierDocument.RegisterDoc;
import org.shuangsuiji.inspection.dossier.persistence.DossierDocument.ReviewDoc;
import org.shuangsuiji.inspection.dossier.persistence.DossierDocument.RowDoc;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.platform.mongo.MongoKeyedStore;

import org.springframework.data.mongodb.core.MongoTemplate;

/** {@link DossierStore} on the {@code dossiers} collection, one document per task. */
public class MongoDossierStore extends MongoKeyedStore<DossierDocument, Dossier> implements DossierStore {

	public MongoDossierStore(MongoTemplate mongo) {
		super(mongo, DossierDocument.class);
	}

	@Override
	public Dossier save(Dossier dossier) {
		return toDomain(documents().saveVersioned(toDocument(dossier), "the dossier of " + dossier.taskId()));
	}

	private static DossierDocument toDocument(Dossier d) {
		List<RegisterDoc> registers = d.registers()
			.stream()
			.map((r) -> new RegisterDoc(r.kind().name(), r.fileName(),
					r.rows()
						.stream()
						.map((row) -> new RowDoc(row.caseNumber(), row.date(), row.category(), row.type(),
								row.difficult(), row.unusual()))
						.toList(),
					actor(r.importedBy()), r.importedAt()))
			.toList();
		CommitmentDoc commitment = null;
		if (d.commitment() != null) {
			SampleInputs in = d.commitment().inputs();
			List<CaseDoc> cases = in.cases().stream().map((c) -> {
				Map<String, java.time.LocalDate> dates = new LinkedHashMap<>();
				c.dates().forEach((kind, day) -> dates.put(kind.name(), day));
				return new CaseDoc(c.caseNumber(), c.category(), c.type(), c.difficult(), c.unusual(), dates);
			}).toList();
			commitment = new CommitmentDoc(
					new InputsDoc(in.taskId(), in.planId(), in.agencyId(), in.windowStart(), in.windowEnd(),
							in.sampleSize(), List.copyOf(in.coreCategories()), cases),
					d.commitment().hash(), actor(d.commitment().committedBy()), d.commitment().committedAt());
		}
		DrawDoc draw = null;
		if (d.draw() != null) {
			SampleResult result = d.draw().result();
			draw = new DrawDoc(d.draw().seed(), d.draw().seedNote(), result.caseNumbers(), result.allTaken(),
					result.windowSize(), actor(d.draw().drawnBy()), d.draw().drawnAt());
		}
		List<ReviewDoc> reviews = d.reviews()
			.stream()
			.map((r) -> new ReviewDoc(r.caseNumber(),
					r.checks().stream().map((c) -> new CheckDoc(c.item().name(), c.defect(), c.note())).toList(),
					actor(r.reviewedBy()), r.reviewedAt()))
			.toList();
		return new DossierDocument(d.taskId(), registers, commitment, draw, reviews, d.version());
	}

	@Override
	protected Dossier toDomain(DossierDocument doc) {
		List<Register> registers = list(doc.registers()).stream()
			.map((r) -> new Register(RegisterKind.valueOf(r.kind()), r.fileName(),
					list(r.rows()).stream()
						.map((row) -> new RegisterRow(row.caseNumber(), row.date(), row.category(), row.type(),
								row.difficult(), row.unusual()))
						.toList(),
					actor(r.importedBy()), r.importedAt()))
			.toList();
		Dossier.Commitment commitment = null;
		if (doc.commitment() != null) {
			InputsDoc in = doc.commitment().inputs();
			List<SampleCase> cases = list(in.cases()).stream().map((c) -> {
				TreeMap<RegisterKind, java.time.LocalDate> dates = new TreeMap<>();
				c.dates().forEach((kind, day) -> dates.put(RegisterKind.valueOf(kind), day));
				return new SampleCase(c.caseNumber(), c.category(), c.type(), c.difficult(), c.unusual(), dates);
			}).toList();
			SampleInputs inputs = new SampleInputs(in.taskId(), in.planId(), in.agencyId(), in.windowStart(),
					in.windowEnd(), in.sampleSize(), new java.util.TreeSet<>(list(in.coreCategories())), cases);
			commitment = new Dossier.Commitment(inputs, doc.commitment().hash(), actor(doc.commitment().committedBy()),
					doc.commitment().committedAt());
		}
		Dossier.Draw draw = null;
		if (doc.draw() != null) {
			DrawDoc dd = doc.draw();
			draw = new Dossier.Draw(dd.seed(), dd.seedNote(),
					new SampleResult(list(dd.caseNumbers()), dd.allTaken(), dd.windowSize()), actor(dd.drawnBy()),
					dd.drawnAt());
		}
		List<FileReview> reviews = list(doc.reviews()).stream()
			.map((r) -> new FileReview(r.caseNumber(),
					list(r.checks()).stream()
						.map((c) -> new ItemCheck(ReviewItem.valueOf(c.item()), c.defect(), c.note()))
						.toList(),
					actor(r.reviewedBy()), r.reviewedAt()))
			.toList();
		return new Dossier(doc.taskId(), registers, commitment, draw, reviews, doc.version());
	}

	private static <T> List<T> list(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static ActorDoc actor(Actor actor) {
		return new ActorDoc(actor.userId(), actor.name());
	}

	private static Actor actor(ActorDoc doc) {
		return new Actor(doc.userId(), doc.name());
	}

}
