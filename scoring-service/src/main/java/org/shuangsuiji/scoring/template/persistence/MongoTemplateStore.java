package org.shuangsuiji.scoring.template.persistence;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.scoring.template.StoredTemplate;
import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Template versions in MongoDB; "in use" and "replace unless in use" are single atomic
 * updates.
 */
public class MongoTemplateStore implements TemplateStore {

	private final MongoTemplate mongo;

	private final JsonMapper storage;

	/**
	 * @param mongo the database
	 * @param storage the mapper of stored definitions (decimals as exact strings)
	 */
	public MongoTemplateStore(MongoTemplate mongo, JsonMapper storage) {
		this.mongo = mongo;
		this.storage = storage;
	}

	/** Creates the indexes the queries need; safe to run at every start. */
	public void createIndexes() {
		this.mongo.indexOps(TemplateDocument.class)
			.createIndex(new Index().on("templateId", Sort.Direction.ASC)
				.on("version", Sort.Direction.ASC)
				.unique()
				.named("templateId_version_unique"));
	}

	@Override
	public Optional<StoredTemplate> find(String templateId, int version) {
		return Optional
			.ofNullable(this.mongo.findById(TemplateDocument.idOf(templateId, version), TemplateDocument.class))
			.map(this::toDomain);
	}

	@Override
	public Optional<StoredTemplate> latest(String templateId) {
		Query query = Query.query(Criteria.where("templateId").is(templateId))
			.with(Sort.by(Sort.Direction.DESC, "version"))
			.limit(1);
		return Optional.ofNullable(this.mongo.findOne(query, TemplateDocument.class)).map(this::toDomain);
	}

	@Override
	public List<StoredTemplate> versions(String templateId) {
		Query query = Query.query(Criteria.where("templateId").is(templateId)).with(Sort.by("version"));
		return this.mongo.find(query, TemplateDocument.class).stream().map(this::toDomain).toList();
	}

	@Override
	public List<StoredTemplate> all() {
		Query query = new Query().with(Sort.by("templateId", "version"));
		return this.mongo.find(query, TemplateDocument.class).stream().map(this::toDomain).toList();
	}

	@Override
	public void insert(StoredTemplate template) {
		this.mongo.insert(toDocument(template));
	}

	@Override
	public boolean replaceUnused(StoredTemplate stored) {
		TemplateDocument document = toDocument(stored);
		Query unused = Query.query(Criteria.where("_id").is(document.id()).and("inUse").is(false));
		Update update = new Update().set("region", document.region())
			.set("year", document.year())
			.set("kind", document.kind())
			.set("title", document.title())
			.set("origin", document.origin())
			.set("createdAt", document.createdAt())
			.set("createdBy", document.createdBy())
			.set("definition", document.definition());
		return this.mongo.updateFirst(unused, update, TemplateDocument.class).getMatchedCount() == 1;
	}

	@Override
	public void markInUse(String templateId, int version) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(TemplateDocument.idOf(templateId, version))),
				Update.update("inUse", true), TemplateDocument.class);
	}

	private TemplateDocument toDocument(StoredTemplate stored) {
		Template template = stored.template();
		Document definition = Document.parse(this.storage.writeValueAsString(template));
		return new TemplateDocument(TemplateDocument.idOf(template.templateId(), template.version()),
				template.templateId(), template.version(), template.region().value(), template.year(),
				template.kind().name(), template.title(), stored.inUse(), stored.origin().name(), stored.createdAt(),
				stored.createdBy(), definition);
	}

	private StoredTemplate toDomain(TemplateDocument document) {
		Template template = this.storage.readValue(document.definition().toJson(), Template.class);
		return new StoredTemplate(template, document.inUse(), StoredTemplate.Origin.valueOf(document.origin()),
				document.createdAt(), document.createdBy());
	}

}
