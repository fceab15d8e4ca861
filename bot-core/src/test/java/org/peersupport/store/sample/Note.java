package org.peersupport.store.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored note with a unique key, for tests of the store. */
@Document("notes")
record Note(@Id String id, @Indexed(unique = true) long key, String text) {

}
