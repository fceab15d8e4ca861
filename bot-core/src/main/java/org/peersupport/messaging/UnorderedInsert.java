package org.peersupport.messaging;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.bulk.BulkWriteError;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Stores documents with one unordered insert that goes on past a document whose id is
 * stored already (a repeat), and tells which positions those were.
 */
final class UnorderedInsert {

	private static final int DUPLICATE_KEY = 11000;

	private UnorderedInsert() {
	}

	/**
	 * Inserts the documents; every other one is stored once this returns.
	 * @return the positions, in {@code documents}, of those whose id was stored already
	 * @throws org.springframework.dao.DataAccessException for any failure other than a
	 * repeat
	 */
	static Set<Integer> repeats(MongoOperations mongo, Class<?> type, List<?> documents) {
		try {
			mongo.bulkOps(BulkMode.UNORDERED, type).insert(documents).execute();
			return Set.of();
		}
		catch (BulkOperationException ex) {
			// mongo-java-server 1.47 and MongoDB report each duplicate's position
			if (!ex.getErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				throw ex;
			}
			return ex.getErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
		}
	}

}
