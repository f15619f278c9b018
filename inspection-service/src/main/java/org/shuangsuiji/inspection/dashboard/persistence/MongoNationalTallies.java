package org.shuangsuiji.inspection.dashboard.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import org.shuangsuiji.inspection.dashboard.NationalTallies;
import org.shuangsuiji.inspection.dashboard.NationalTally;
import org.shuangsuiji.inspection.dashboard.ProvinceYear;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@link NationalTallies} in {@code national_tallies}, one document per province and year
 * ({@code _id} {@code 410000:2024}, some 31 × years of them). {@code generation} grows at
 * each touch and {@code stale} says a recount is due; a recount is saved only while the
 * generation it read is still the document's.
 */
public class MongoNationalTallies implements NationalTallies {

	static final String COLLECTION = "national_tallies";

	private static final int DUPLICATE_KEY = 11000;

	private final MongoTemplate mongo;

	public MongoNationalTallies(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void touch(Collection<ProvinceYear> cells) {
		List<WriteModel<Document>> writes = new ArrayList<>();
		for (ProvinceYear cell : new HashSet<>(cells)) {
			writes.add(new UpdateOneModel<>(new Document("_id", id(cell)),
					new Document("$inc", new Document("generation", 1L)).append("$set", new Document("stale", true))
						.append("$setOnInsert",
								new Document("province", cell.province().value()).append("year", cell.year())),
					new UpdateOptions().upsert(true)));
		}
		if (writes.isEmpty()) {
			return;
		}
		try {
			this.mongo.getCollection(COLLECTION).bulkWrite(writes);
		}
		catch (MongoBulkWriteException ex) {
			// two first touches of one cell raced to insert it: again, as updates (a cell
			// touched twice is only stale, as it was)
			if (ex.getWriteErrors().stream().anyMatch((e) -> e.getCode() != DUPLICATE_KEY)) {
				throw ex;
			}
			this.mongo.getCollection(COLLECTION).bulkWrite(writes);
		}
	}

	@Override
	public List<Stale> stale(Integer year) {
		List<Stale> stale = new ArrayList<>();
		for (Document d : this.mongo.getCollection(COLLECTION)
			.find(ofYear(year).append("stale", true))
			.projection(new Document("province", 1).append("year", 1).append("generation", 1))) {
			stale.add(new Stale(cell(d), ((Number) d.get("generation")).longValue()));
		}
		return stale;
	}

	@Override
	public boolean save(NationalTally tally, long generation) {
		Document counted = new Document("stale", false).append("plans", List.copyOf(tally.plans()))
			.append("agencies", List.copyOf(tally.agencies()))
			.append("inspections", tally.inspections())
			.append("closed", tally.closed())
			.append("conclusions", tally.conclusions())
			.append("findings", tally.findings())
			.append("items", tally.items())
			.append("accepted", tally.accepted())
			.append("published", tally.published())
			.append("unpublishedVisits", tally.unpublishedVisits().stream().map(LocalDate::toString).toList());
		return this.mongo.getCollection(COLLECTION)
			.updateOne(new Document("_id", id(tally.cell())).append("generation", generation),
					new Document("$set", counted))
			.getModifiedCount() == 1;
	}

	@Override
	public List<NationalTally> all(Integer year) {
		List<NationalTally> tallies = new ArrayList<>();
		for (Document d : this.mongo.getCollection(COLLECTION)
			.find(ofYear(year).append("inspections", new Document("$exists", true)))) {
			tallies.add(new NationalTally(cell(d), new HashSet<>(d.getList("plans", String.class)),
					new HashSet<>(d.getList("agencies", String.class)), count(d, "inspections"), count(d, "closed"),
					count(d, "conclusions"), count(d, "findings"), count(d, "items"), count(d, "accepted"),
					count(d, "published"),
					d.getList("unpublishedVisits", String.class).stream().map(LocalDate::parse).toList()));
		}
		return tallies;
	}

	private static String id(ProvinceYear cell) {
		return cell.province().value() + ":" + cell.year();
	}

	private static ProvinceYear cell(Document d) {
		return new ProvinceYear(RegionCode.of(d.getString("province")), ((Number) d.get("year")).intValue());
	}

	private static Document ofYear(Integer year) {
		return (year != null) ? new Document("year", year) : new Document();
	}

	private static long count(Document d, String field) {
		return ((Number) d.get(field)).longValue();
	}

}
