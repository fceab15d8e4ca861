package org.peersupport.store;

import org.peersupport.participants.PersonForgotten;

import org.springframework.context.event.EventListener;

/**
 * A person asked to be forgotten: their erased data leaves the data file at the next
 * rewrite, within {@code peer.store.rewrite-delay}.
 */
class RewriteAfterErasure {

	private final EmbeddedMongo mongo;

	RewriteAfterErasure(EmbeddedMongo mongo) {
		this.mongo = mongo;
	}

	@EventListener
	void forgotten(PersonForgotten event) {
		this.mongo.rewriteSoon();
	}

}
