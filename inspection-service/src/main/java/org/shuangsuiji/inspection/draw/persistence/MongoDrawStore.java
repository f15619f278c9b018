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

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The {@code draws} collection, one document per plan. The first save inserts (a second
 * commitment for the same plan fails on the key: 409); later saves check the version.
 */
public class MongoDrawStore implements DrawStore {

	private final MongoTemplate mongo;

	public MongoDrawStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<DrawRecord> find(PlanId planId) {
		return Optional.ofNullable(this.mongo.findById(planId.value(), DrawDocument.class))
			.map(MongoDrawStore::toRecord);
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
		DrawDocument document = toDocument(record);
		// the record as saved is the record with its new version: rebuilding it from the
		// document would parse the inputs' JSON back for nothing
		if (record.version() == null) {
			try {
				return record.stored(this.mongo.insert(document).version());
			}
			catch (DuplicateKeyException ex) {
				throw new ConflictException("draw-already-committed",
						"the draw of plan " + record.planId() + " has already been committed");
			}
		}
		return record.stored(this.mongo.save(document).version());
	}

	static DrawDocument toDocument(DrawRecord record) {
		boolean v2 = record.algorithm() == DrawAlgorithm.V2;
		return new DrawDocument(record.planId().value(), record.algorithm().label(), record.inputs().canonicalJson(),
				record.commitment(), record.committedBy().userId(), record.committedBy().name(), record.committedAt(),
				seed(record.seed()), (record.drawnBy() != null) ? record.drawnBy().userId() : null,
				(record.drawnBy() != null) ? record.drawnBy().name() : null, record.drawnAt(),
				(record.result() != null) ? new ResultDocument(record.result().poolSize(), record.result().sampleSize(),
						record.result().floorApplied(),
						record.result().agencies().stream().map(MongoDrawStore::drawn).toList()) : null,
				record.replacements().stream().map(MongoDrawStore::replacement).toList(), record.version(),
				v2 ? record.inputs().privateJson() : null,
				v2 ? record.inputs()
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
		return new DrawRecord(new PlanId(document.planId()), inputs(document), document.commitment(),
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
