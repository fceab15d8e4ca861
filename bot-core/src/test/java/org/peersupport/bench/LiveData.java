package org.peersupport.bench;

import org.bson.RawBsonDocument;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * What the store holds as queries see it: documents in all collections and their size as
 * BSON.
 */
record LiveData(long documents, long bytes) {

	static LiveData of(MongoOperations mongo) {
		long documents = 0;
		long bytes = 0;
		for (String name : mongo.getCollectionNames()) {
			for (RawBsonDocument document : mongo.getCollection(name).withDocumentClass(RawBsonDocument.class).find()) {
				documents++;
				bytes += document.getByteBuffer().remaining();
			}
		}
		return new LiveData(documents, bytes);
	}

}
