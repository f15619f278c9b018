package org.shuangsuiji.registry.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.registry.agency.persistence.AgencyDocument;
import org.shuangsuiji.registry.appraiser.persistence.AppraiserDocument;
import org.shuangsuiji.registry.conflict.persistence.ConflictDocument;
import org.shuangsuiji.registry.history.persistence.ChangeDocument;
import org.shuangsuiji.registry.inspection.persistence.InspectionRectificationDocument;
import org.shuangsuiji.registry.pool.persistence.ExpertDocument;
import org.shuangsuiji.registry.pool.persistence.InspectorDocument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The service on a random port against the MongoDB-protocol server, calling
 * {@link InspectionStub} as its inspection-service; every test starts from empty
 * collections (indexes stay).
 */
@ExtendWith(InspectionStub.Extension.class)
public abstract class RegistryTestBase {

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoTemplate mongo;

	protected TestHttp api;

	@BeforeEach
	void emptyCollections() {
		this.api = TestHttp.on(this.port);
		for (String collection : new String[] { AgencyDocument.COLLECTION, AppraiserDocument.COLLECTION,
				InspectorDocument.COLLECTION, ExpertDocument.COLLECTION, ConflictDocument.COLLECTION,
				ChangeDocument.COLLECTION, InspectionRectificationDocument.COLLECTION }) {
			this.mongo.remove(new Query(), collection);
		}
	}

	/** Registers an agency as the bureau of its province and returns its id. */
	protected String register(java.util.Map<String, Object> body) {
		Reply response = this.api.as(Tokens.provinceOf(String.valueOf(body.get("regionCode"))))
			.post("/api/registry/agencies", body);
		if (response.status() != 201) {
			throw new IllegalStateException("could not register: " + response);
		}
		return response.json().get("id").asString();
	}

	/** The body of a GET that must answer 200 (an export). */
	protected byte[] download(String path, String bearer) {
		Reply reply = this.api.as(bearer).get(path);
		if (reply.status() != 200) {
			throw new IllegalStateException("download " + path + " gave " + reply);
		}
		return reply.bytes();
	}

	protected long count(String collection) {
		return this.mongo.count(new Query(), collection);
	}

}
