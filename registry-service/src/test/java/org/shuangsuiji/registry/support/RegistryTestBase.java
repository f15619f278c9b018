package org.shuangsuiji.registry.support;

import org.junit.jupiter.api.BeforeEach;
import org.shuangsuiji.registry.agency.persistence.AgencyDocument;
import org.shuangsuiji.registry.appraiser.persistence.AppraiserDocument;
import org.shuangsuiji.registry.conflict.persistence.ConflictDocument;
import org.shuangsuiji.registry.history.persistence.ChangeDocument;
import org.shuangsuiji.registry.pool.persistence.ExpertDocument;
import org.shuangsuiji.registry.pool.persistence.InspectorDocument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The service on a random port against the MongoDB-protocol server; every test starts
 * from empty collections (indexes stay).
 */
public abstract class RegistryTestBase {

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoTemplate mongo;

	protected Api api;

	@BeforeEach
	void emptyCollections() {
		this.api = new Api(this.port);
		for (String collection : new String[] { AgencyDocument.COLLECTION, AppraiserDocument.COLLECTION,
				InspectorDocument.COLLECTION, ExpertDocument.COLLECTION, ConflictDocument.COLLECTION,
				ChangeDocument.COLLECTION }) {
			this.mongo.remove(new Query(), collection);
		}
	}

	/** Registers an agency as the bureau of its province and returns its id. */
	protected String register(java.util.Map<String, Object> body) {
		Api.Response response = this.api.post("/api/registry/agencies",
				Tokens.provinceOf(String.valueOf(body.get("regionCode"))), body);
		if (response.status() != 201) {
			throw new IllegalStateException("could not register: " + response);
		}
		return response.json().get("id").asString();
	}

	protected long count(String collection) {
		return this.mongo.count(new Query(), collection);
	}

}
