package org.peersupport.store.sample;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface NoteRepository extends MongoRepository<Note, String> {

	Optional<Note> findByKey(long key);

}
