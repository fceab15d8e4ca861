package org.peersupport.leases;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A piece of due work, as a feature's job would find it, for the tests of claims. */
@Document("due_items")
record DueItem(@Id int id, Instant dueAt, int doneCount) {

}
