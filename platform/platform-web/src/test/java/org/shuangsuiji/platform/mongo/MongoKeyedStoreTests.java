package org.shuangsuiji.platform.mongo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.mongo.MongoDocumentsTests.Note;
import org.shuangsuiji.platform.test.MongoStoreContract;
import org.shuangsuiji.platform.test.OnProtocolServer;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keyed store answers its domain records by key, mapped once, in its own queries too.
 */
@OnProtocolServer("platform-web-keyed-store")
class MongoKeyedStoreTests extends MongoStoreContract {

	/** What a store of notes hands its callers: the text under its topic. */
	record Said(String topic, String text) {
	}

	/** A store of one note per id, with one query of its own. */
	static class NoteStore extends MongoKeyedStore<Note, Said> {

		NoteStore(MongoOperations mongo) {
			super(mongo, Note.class);
		}

		List<Said> onTopic(String topic) {
			return documents().find(Query.query(Criteria.where("topic").is(topic)), this::toDomain);
		}

		@Override
		protected Said toDomain(Note note) {
			return new Said(note.topic(), note.text());
		}

	}

	private NoteStore store;

	@BeforeEach
	void emptyCollection() {
		mongo().dropCollection(Note.class);
		this.store = new NoteStore(mongo());
	}

	@Test
	void aRecordIsFoundByItsKeyMappedAndAnUnknownKeyFindsNothing() {
		this.store.documents().insertIfNew(MongoDocumentsTests.note("n1", "draw", "committed"));
		assertThat(this.store.find("n1")).hasValue(new Said("draw", "committed"));
		assertThat(this.store.find("n2")).isEmpty();
	}

	@Test
	void theStoresOwnQueriesMapWithTheSameMapping() {
		this.store.documents().insertIfNew(MongoDocumentsTests.note("n1", "draw", "committed"));
		this.store.documents().insertIfNew(MongoDocumentsTests.note("n2", "plan", "published"));
		assertThat(this.store.onTopic("plan")).containsExactly(new Said("plan", "published"));
	}

}
