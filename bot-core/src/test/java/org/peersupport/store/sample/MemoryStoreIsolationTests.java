package org.peersupport.store.sample;

import org.junit.jupiter.api.Test;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

// shares the cached context of MemoryStoreRepositoryTests; see the comment there
@SpringBootTest(properties = "spring.quartz.auto-startup=false")
@MemoryStore
class MemoryStoreIsolationTests {

	@Autowired
	NoteRepository notes;

	@Test
	void classStartsWithNoDocumentsOfOtherClasses() {
		assertThat(this.notes.count()).isZero();
		this.notes.save(new Note("x", 99, "left behind on purpose"));
	}

}
