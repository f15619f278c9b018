package org.shuangsuiji.scoring.sheet.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.PointsEvaluation;
import org.shuangsuiji.scoring.engine.RecommendedAction;
import org.shuangsuiji.scoring.sheet.AnsweredItem;
import org.shuangsuiji.scoring.sheet.HeaderValue;
import org.shuangsuiji.scoring.sheet.Sheet;
import org.shuangsuiji.scoring.sheet.SheetEvent;
import org.shuangsuiji.scoring.sheet.SheetQuery;
import org.shuangsuiji.scoring.sheet.SheetStatus;
import org.shuangsuiji.scoring.sheet.SheetStore;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Sheets in MongoDB. Each write is one conditional update of one document (status, item
 * version or sheet version in the filter) that also pushes the history entry: atomic
 * without transactions, and an answer written by someone else first is never overwritten.
 */
public class MongoSheetStore implements SheetStore {

	private final MongoTemplate mongo;

	private final SheetMapping mapping;

	/**
	 * @param mongo the database
	 * @param storage the mapper of stored results (decimals as exact strings)
	 */
	public MongoSheetStore(MongoTemplate mongo, JsonMapper storage) {
		this.mongo = mongo;
		this.mapping = new SheetMapping(storage);
	}

	/**
	 * Creates the indexes the queries and dashboards need; safe to run at every start.
	 */
	public void createIndexes() {
		var ops = this.mongo.indexOps(SheetDocument.class);
		ops.createIndex(new Index("slot", Sort.Direction.ASC).unique().named("slot_unique"));
		ops.createIndex(new Index("inspectionId", Sort.Direction.ASC).named("inspectionId"));
		ops.createIndex(new Index("agencyId", Sort.Direction.ASC).named("agencyId"));
		ops.createIndex(new Index().on("province", Sort.Direction.ASC)
			.on("year", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.named("province_year_status"));
		ops.createIndex(new Index().on("city", Sort.Direction.ASC)
			.on("year", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.named("city_year_status"));
		ops.createIndex(new Index("region", Sort.Direction.ASC).named("region"));
		// the national view: every province's sheets of a year
		ops.createIndex(
				new Index().on("year", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named("year_status"));
	}

	@Override
	public boolean insert(Sheet sheet, SheetEvent created) {
		try {
			this.mongo.insert(SheetMapping.toDocument(sheet, created));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	public boolean insert(Sheet sheet, List<SheetEvent> history) {
		try {
			// as a plain document: an entity's insert would reset its @Version to 0
			org.bson.Document document = new org.bson.Document();
			this.mongo.getConverter().write(this.mapping.toDocument(sheet, history), document);
			document.put("version", sheet.version());
			this.mongo.insert(document, SheetDocument.COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	public Optional<Sheet> find(String sheetId) {
		Query query = Query.query(Criteria.where("_id").is(sheetId));
		query.fields().exclude("history");
		return Optional.ofNullable(this.mongo.findOne(query, SheetDocument.class)).map(this.mapping::toDomain);
	}

	@Override
	public List<SheetEvent> history(String sheetId) {
		Query query = Query.query(Criteria.where("_id").is(sheetId));
		query.fields().include("history");
		org.bson.Document document = this.mongo.findOne(query, org.bson.Document.class, SheetDocument.COLLECTION);
		if (document == null) {
			return List.of();
		}
		return document.getList("history", org.bson.Document.class, List.of())
			.stream()
			.map((entry) -> this.mongo.getConverter().read(SheetDocument.HistoryDocument.class, entry))
			.map(SheetMapping::event)
			.toList();
	}

	@Override
	public Write answer(String sheetId, String itemId, long expectedItemVersion, AnsweredItem answered,
			SheetEvent event) {
		Criteria draft = draft(sheetId);
		String path = "answers." + itemId;
		Criteria current = (expectedItemVersion == 0) ? draft.and(path).exists(false)
				: draft.and(path + ".version").is(expectedItemVersion);
		Update update = new Update().set(path, SheetMapping.answered(answered))
			.inc("version", 1)
			.push("history", SheetMapping.history(event));
		return write(sheetId, Query.query(current), update);
	}

	@Override
	public Write header(String sheetId, long expectedHeaderVersion, Map<String, HeaderValue> values, SheetEvent event) {
		Query query = Query.query(draft(sheetId).and("headerVersion").is(expectedHeaderVersion));
		Update update = new Update().inc("headerVersion", 1)
			.inc("version", 1)
			.push("history", SheetMapping.history(event));
		SheetMapping.header(values).forEach((key, value) -> update.set("header." + key, value));
		return write(sheetId, query, update);
	}

	@Override
	public Write submit(String sheetId, long expectedVersion, Evaluation result, String resultHash, Instant at,
			String by, SheetEvent event) {
		Query query = Query.query(draft(sheetId).and("version").is(expectedVersion));
		BigDecimal total = (result instanceof PointsEvaluation points) ? points.total() : null;
		Update update = new Update().set("status", SheetStatus.SUBMITTED.name())
			.set("submittedAt", at)
			.set("submittedBy", by)
			.set("result", this.mapping.result(result))
			.set("resultHash", resultHash)
			.set("total", (total != null) ? total.toPlainString() : null)
			.set("totalValue", (total != null) ? total.doubleValue() : null)
			.set("outcomeCode", result.outcome().code())
			.set("outcomeLabel", result.outcome().label())
			.set("findings", SheetMapping.findings(result))
			.set("actions", result.actions().stream().map(RecommendedAction::code).toList())
			.inc("version", 1)
			.push("history", SheetMapping.history(event));
		return write(sheetId, query, update);
	}

	@Override
	public List<Sheet> find(SheetQuery filter) {
		Criteria criteria = new Criteria();
		if (filter.within() != null) {
			criteria = within(criteria, filter.within());
		}
		if (filter.agencyId() != null) {
			criteria = criteria.and("agencyId").is(filter.agencyId());
		}
		if (filter.inspectionId() != null) {
			criteria = criteria.and("inspectionId").is(filter.inspectionId());
		}
		if (filter.year() != null) {
			criteria = criteria.and("year").is(filter.year());
		}
		if (filter.status() != null) {
			criteria = criteria.and("status").is(filter.status().name());
		}
		if (filter.mode() != null) {
			criteria = criteria.and("mode").is(filter.mode().name());
		}
		Query query = Query.query(criteria).with(Sort.by("region", "createdAt", "_id")).limit(filter.limit());
		query.fields().exclude("history");
		return this.mongo.find(query, SheetDocument.class).stream().map(this.mapping::toDomain).toList();
	}

	/**
	 * Sheets of agencies inside a region, by the field of its level (no regular
	 * expression needed).
	 */
	static Criteria within(Criteria criteria, RegionCode region) {
		return switch (region.level()) {
			case PROVINCE -> criteria.and("province").is(region.value());
			case CITY -> criteria.and("city").is(region.value());
			case COUNTY -> criteria.and("region").is(region.value());
		};
	}

	/** Only a draft is written to; a submitted sheet is locked. */
	private static Criteria draft(String sheetId) {
		return Criteria.where("_id").is(sheetId).and("status").is(SheetStatus.DRAFT.name());
	}

	private Write write(String sheetId, Query query, Update update) {
		if (this.mongo.updateFirst(query, update, SheetDocument.class).getMatchedCount() == 1) {
			return Write.APPLIED;
		}
		Query status = Query.query(Criteria.where("_id").is(sheetId));
		status.fields().include("status");
		org.bson.Document current = this.mongo.findOne(status, org.bson.Document.class, SheetDocument.COLLECTION);
		if (current == null) {
			return Write.MISSING;
		}
		return SheetStatus.SUBMITTED.name().equals(current.getString("status")) ? Write.LOCKED : Write.STALE;
	}

}
