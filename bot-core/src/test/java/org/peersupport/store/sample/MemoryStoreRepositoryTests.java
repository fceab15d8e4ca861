package org.peersupport.store.sample;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.peersupport.store.MemoryStore;
import org.peersupport.store.StoreMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(properties = "spring.quartz.auto-startup=false")
@MemoryStore
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemoryStoreRepositoryTests {

	@Autowired
	NoteRepository notes;

	@Autowired
	StoreMode storeMode;

	// runs first; with MemoryStoreIsolationTests, which also leaves documents, whichever
	// class
	// runs second on the shared context proves that @MemoryStore empties the store
	@Test
	@Order(1)
	void classStartsWithNoDocumentsOfOtherClasses() {
		assertThat(this.notes.count()).isZero();
	}

	@Test
	void repositorySavesAndFindsDocumentOnEmbeddedStore() {
		this.notes.save(new Note("a", 1, "first"));
		assertThat(this.notes.findByKey(1)).get().extracting(Note::text).isEqualTo("first");
		assertThat(this.storeMode.embedded()).isTrue();
	}

	@Test
	void declaredUniqueIndexIsCreatedAtStart() {
		this.notes.save(new Note("b", 2, "second"));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.notes.save(new Note("c", 2, "same key")));
	}

}
