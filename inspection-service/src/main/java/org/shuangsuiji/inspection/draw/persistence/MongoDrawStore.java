package org.shuangsuiji.inspection.draw.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.inspection.draw.AgencyReplacement;
import org.shuangsuiji.inspection.draw.DrawAlgorithm;
import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawResult;
import org.shuangsuiji.inspection.draw.DrawSecret;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.draw.DrawnAgency;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.PersonReplacement;
import org.shuangsuiji.inspection.draw.Pseudonyms;
import org.shuangsuiji.inspection.draw.Replacement;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.SeedSource;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.draw.persistence.DrawDocument.DrawnDocument;
import org.shuangsuiji.inspection.draw.persistence.DrawDocument.MemberDocument;
import org.shuangsuiji.inspection.draw.persistence.DrawDocument.PseudonymDocument;
import org.shuangsuiji.inspection.draw.persistence.DrawDocument.ReplacementDocument;
import org.shuangsuiji.inspection.draw.persistence.DrawDocument.ResultDocument;
import org.shuangsuiji.inspection.draw.persistence.DrawDocument.SeedDocument;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.problem.ConflictException;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The {@code draws} collection, one document per plan. The first save inserts (a second
 * commitment for the same plan fails on the key: 409); later saves check the version. The
 * parsed inputs of recent records are kept by version ({@link RecentInputs}): a read of
 * such a record leaves the inputs' JSON in the store.
 */
public class MongoDrawStore implements DrawStore {

	/** Records whose inputs are kept: the plans being committed and drawn about now. */
	static final int KEPT_INPUTS = 64;

	/** What a read leaves out when the inputs at its version are kept. */
	private static final String[] INPUT_FIELDS = { "inputs", "privateInputs", "pseudonyms" };

	private final MongoTemplate mongo;

	private final RecentInputs recent;

	public MongoDrawStore(MongoTemplate mongo) {
		this(mongo, KEPT_INPUTS);
	}

	MongoDrawStore(MongoTemplate mongo, int keptInputs) {
		this.mongo = mongo;
		this.recent = new RecentInputs(keptInputs);
	}

	@Override
	public Optional<DrawRecord> find(PlanId planId) {
		if (this.recent.holds(planId)) {
			Query withoutInputs = new Query(Criteria.where("_id").is(planId.value()));
			withoutInputs.fields().exclude(INPUT_FIELDS);
			DrawDocument head = this.mongo.findOne(withoutInputs, DrawDocument.class);
			if (head == null) {
				this.recent.forget(planId);
				return Optional.empty();
			}
			Optional<DrawInputs> kept = this.recent.at(planId, head.version(), head.commitment());
			if (kept.isPresent()) {
				return Optional.of(toRecord(head, kept.get()));
			}
		}
		DrawDocument document = this.mongo.findById(planId.value(), DrawDocument.class);
		if (document == null) {
			this.recent.forget(planId);
			return Optional.empty();
		}
		DrawRecord record = toRecord(document);
		this.recent.keep(planId, document.version(), document.commitment(), record.inputs());
		return Optional.of(record);
	}

	/** Only the ids are read. */
	@Override
	public List<PlanId> drawnPlanIds() {
		Query query = new Query(Criteria.where("seed").ne(null));
		query.fields().include("_id");
		return this.mongo.find(query, DrawDocument.class).stream().map((d) -> new PlanId(d.planId())).toList();
	}

	@Override
	public DrawRecord save(DrawRecord record) {
		// the record as saved is the record with its new version: rebuilding it from the
		// document would parse the inputs' JSON back for nothing
		if (record.version() == null) {
			DrawDocument document = toDocument(record, true);
			Long version;
			try {
				version = this.mongo.insert(document).version();
			}
			catch (DuplicateKeyException ex) {
				throw new ConflictException("draw-already-committed",
						"the draw of plan " + record.planId() + " has already been committed");
			}
			// kept as a read of the stored JSON gives them, so that a draw from the kept
			// inputs is the draw from the store's
			this.recent.keep(record.planId(), version, record.commitment(), inputs(document));
			return record.stored(version);
		}
		Long version = update(record);
		// the inputs never change after the commitment: those kept stay right for the new
		// version
		this.recent.moveOn(record.planId(), record.commitment(), record.version(), version);
		return record.stored(version);
	}

	/**
	 * Writes all but the inputs, which never change after the commitment: their JSON is
	 * neither written again nor sent. The same version check as a whole save: a stale
	 * record is refused.
	 */
	private Long update(DrawRecord record) {
		Document fields = new Document();
		this.mongo.getConverter().write(toDocument(record, false), fields);
		fields.remove("_id");
		fields.remove("version");
		long written = this.mongo
			.execute(DrawDocument.class,
					(draws) -> draws.updateOne(
							Filters.and(Filters.eq("_id", record.planId().value()),
									Filters.eq("version", record.version())),
							Updates.combine(new Document("$set", fields), Updates.inc("version", 1L))))
			.getMatchedCount();
		if (written == 0) {
			throw new OptimisticLockingFailureException(
					"the draw of plan " + record.planId() + " was changed since version " + record.version());
		}
		return record.version() + 1;
	}

	/**
	 * {@code withInputs} false: the inputs left out (an update leaves them as stored).
	 */
	static DrawDocument toDocument(DrawRecord record, boolean withInputs) {
		boolean v2 = record.algorithm() == DrawAlgorithm.V2;
		return new DrawDocument(record.planId().value(), record.algorithm().label(),
				withInputs ? record.inputs().canonicalJson() : null, record.commitment(), record.committedBy().userId(),
				record.committedBy().name(), record.committedAt(), seed(record.seed()),
				(record.drawnBy() != null) ? record.drawnBy().userId() : null,
				(record.drawnBy() != null) ? record.drawnBy().name() : null, record.drawnAt(),
				(record.result() != null) ? new ResultDocument(record.result().poolSize(), record.result().sampleSize(),
						record.result().floorApplied(),
						record.result().agencies().stream().map(MongoDrawStore::drawn).toList()) : null,
				record.replacements().stream().map(MongoDrawStore::replacement).toList(), record.version(),
				(v2 && withInputs) ? record.inputs().privateJson() : null,
				(v2 && withInputs) ? record.inputs()
					.pseudonyms()
					.entries()
					.stream()
					.map((e) -> new PseudonymDocument(e.kind().name(), e.personId(), e.ref()))
					.toList() : null,
				v2 ? record.secret().hex() : null);
	}

	/**
	 * {@code /1}: the published inputs are the whole snapshot. {@code /2}: the private
	 * snapshot with the refs and the secret's hash read back from the published inputs.
	 */
	static DrawInputs inputs(DrawDocument document) {
		if (document.privateInputs() == null) {
			return InputsJson.parse(document.inputs());
		}
		DrawInputs registry = InputsJson.parse(document.privateInputs());
		Pseudonyms pseudonyms = new Pseudonyms(document.pseudonyms()
			.stream()
			.map((p) -> new Pseudonyms.Entry(PersonKind.valueOf(p.kind()), p.personId(), p.ref()))
			.toList());
		return DrawInputs.v2(registry.planId(), registry.year(), registry.region(), registry.rules(), registry.pool(),
				InputsJson.secretHash(document.inputs()), pseudonyms);
	}

	static DrawRecord toRecord(DrawDocument document) {
		return toRecord(document, inputs(document));
	}

	/** The record of a document whose inputs are already parsed. */
	static DrawRecord toRecord(DrawDocument document, DrawInputs inputs) {
		DrawResult result = (document.result() != null) ? new DrawResult(document.result().poolSize(),
				document.result().sampleSize(), document.result().floorApplied(),
				document.result().agencies().stream().map(MongoDrawStore::drawn).toList()) : null;
		List<Replacement> replacements = new ArrayList<>();
		for (ReplacementDocument event : (document.replacements() != null) ? document.replacements()
				: List.<ReplacementDocument>of()) {
			Actor by = new Actor(event.byId(), event.byName());
			if ("PERSON".equals(event.type())) {
				replacements.add(new PersonReplacement(event.seq(), event.agencyId(), member(event.leaving()),
						event.substitutes().stream().map(MongoDrawStore::member).toList(), event.reason(),
						seed(event.seed()), by, event.at()));
			}
			else {
				replacements.add(new AgencyReplacement(event.seq(), event.agencyId(), drawn(event.substitute()),
						event.reason(), seed(event.seed()), by, event.at()));
			}
		}
		return new DrawRecord(new PlanId(document.planId()), inputs, document.commitment(),
				new Actor(document.committedById(), document.committedByName()), document.committedAt(),
				seed(document.seed()),
				(document.drawnById() != null) ? new Actor(document.drawnById(), document.drawnByName()) : null,
				document.drawnAt(), result, replacements, document.version(),
				(document.secret() != null) ? new DrawSecret(document.secret()) : null);
	}

	private static ReplacementDocument replacement(Replacement replacement) {
		String byId = replacement.by().userId();
		String byName = replacement.by().name();
		if (replacement instanceof PersonReplacement person) {
			return new ReplacementDocument(person.seq(), "PERSON", person.agencyId(), member(person.leaving()),
					person.substitutes().stream().map(MongoDrawStore::member).toList(), null, person.reason(),
					seed(person.seed()), byId, byName, person.at());
		}
		AgencyReplacement agency = (AgencyReplacement) replacement;
		return new ReplacementDocument(agency.seq(), "AGENCY", agency.agencyId(), null, List.of(),
				drawn(agency.substitute()), agency.reason(), seed(agency.seed()), byId, byName, agency.at());
	}

	private static SeedDocument seed(Seed seed) {
		return (seed != null) ? new SeedDocument(seed.value(), seed.source().name(), seed.note()) : null;
	}

	private static Seed seed(SeedDocument seed) {
		return (seed != null) ? new Seed(seed.value(), SeedSource.valueOf(seed.source()), seed.note()) : null;
	}

	private static DrawnDocument drawn(DrawnAgency agency) {
		return new DrawnDocument(agency.agencyId(), agency.team().stream().map(MongoDrawStore::member).toList());
	}

	private static DrawnAgency drawn(DrawnDocument agency) {
		return new DrawnAgency(agency.agencyId(), agency.team().stream().map(MongoDrawStore::member).toList());
	}

	private static MemberDocument member(TeamMember member) {
		return new MemberDocument(member.kind().name(), member.personId());
	}

	private static TeamMember member(MemberDocument member) {
		return new TeamMember(PersonKind.valueOf(member.kind()), member.personId());
	}

}
