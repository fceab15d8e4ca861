package org.peersupport.web;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded MongoDB server (mongo-java-server) logs a command it refuses, and a
 * document it cannot encode, whole at ERROR: a person's message would be in the log. The
 * service's logging settings keep those loggers quiet; the driver still gets the error
 * and the service logs its class.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class StoreLoggingTests {

	private static final String MARKER = "marker-7c1f-a-persons-words";

	@Autowired
	MongoOperations mongo;

	@Test
	void aRefusedWriteIsNotLoggedWithItsDocument(CapturedOutput output) {
		Document words = new Document("_id", "probe-1").append("text", MARKER);
		this.mongo.getCollection("log_probe").insertOne(words);
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.mongo.insert(new Document("_id", "probe-1").append("text", MARKER), "log_probe"));
		this.mongo.dropCollection("log_probe");
		assertThat(output.getAll()).doesNotContain(MARKER);
	}

	@Test
	void aRefusedCommandIsNotLoggedWithItsDocument(CapturedOutput output) {
		Document command = new Document("noSuchCommand", "log_probe").append("text", MARKER);
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.mongo.executeCommand(command));
		assertThat(output.getAll()).doesNotContain(MARKER);
	}

}
