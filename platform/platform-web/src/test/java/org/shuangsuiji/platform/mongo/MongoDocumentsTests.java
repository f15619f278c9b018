package org.shuangsuiji.platform.mongo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.test.MongoStoreContract;
import org.shuangsuiji.platform.test.OnProtocolServer;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The shared reads and writes against the MongoDB-protocol server the services use. */
@OnProtocolServer("platform-web-documents")
class MongoDocumentsTests extends MongoStoreContract {

	/** A note as first written, without a version yet. */
	static Note note(String id, String topic, String text) {
		return new Note(id, topic, text, null);
	}

	@Document("notes")
	record Note(@Id String id, String topic, String text, @Version Long version) {

		Note withText(String text) {
			return new Note(this.id, this.topic, text, this.version);
		}

	}

	private MongoDocuments<Note> notes;

	@BeforeEach
	void emptyCollection() {
		mongo().dropCollection(Note.class);
		this.notes = new MongoDocuments<>(mongo(), Note.class);
	}

	@Test
	void aDocumentIsFoundByItsIdAndAnUnknownIdFindsNothing() {
		this.notes.insertIfNew(note("n1", "draw", "committed"));
		assertThat(this.notes.byId("n1")).map(Note::text).hasValue("committed");
		assertThat(this.notes.byId("n2")).isEmpty();
	}

	@Test
	void aQueryAnswersEachDocumentFoundMapped() {
		this.notes.insertIfNew(note("n2", "draw", "drawn"));
		this.notes.insertIfNew(note("n1", "draw", "committed"));
		this.notes.insertIfNew(note("n3", "plan", "published"));
		assertThat(this.notes.find(Query.query(Criteria.where("topic").is("draw")).with(Sort.by("_id")), Note::text))
			.containsExactly("committed", "drawn");
	}

	@Test
	void theFirstOfTwoInsertsWithOneKeyStaysAndTheSecondIsRefused() {
		assertThat(this.notes.insertIfNew(note("n1", "draw", "first"))).isTrue();
		assertThat(this.notes.insertIfNew(note("n1", "draw", "second"))).isFalse();
		assertThat(this.notes.byId("n1")).map(Note::text).hasValue("first");
	}

	@Test
	void aVersionedSaveInsertsThenReplacesWhileTheVersionIsTheStoredOne() {
		Note saved = this.notes.saveVersioned(note("n1", "draw", "committed"), "the note n1");
		Note changed = this.notes.saveVersioned(saved.withText("drawn"), "the note n1");
		assertThat(changed.version()).isGreaterThan(saved.version());
		assertThat(this.notes.byId("n1")).map(Note::text).hasValue("drawn");
	}

	@Test
	void aSaveOnAStaleVersionIsAConflictAndWritesNothing() {
		Note saved = this.notes.saveVersioned(note("n1", "draw", "committed"), "the note n1");
		this.notes.saveVersioned(saved.withText("drawn by someone else"), "the note n1");
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.notes.saveVersioned(saved.withText("drawn"), "the note n1"))
			.satisfies((ex) -> {
				assertThat(ex.type()).isEqualTo("stale-version");
				assertThat(ex.getMessage()).isEqualTo("the note n1 was changed by someone else; read it again");
			});
		assertThat(this.notes.byId("n1")).map(Note::text).hasValue("drawn by someone else");
	}

	@Test
	void aSecondFirstSaveOfOneIdIsAConflict() {
		this.notes.saveVersioned(note("n1", "draw", "committed"), "the note n1");
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.notes.saveVersioned(note("n1", "draw", "again"), "the note n1"));
		assertThat(this.notes.byId("n1")).map(Note::text).hasValue("committed");
	}

}
