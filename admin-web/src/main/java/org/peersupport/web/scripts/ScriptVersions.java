package org.peersupport.web.scripts;

import java.util.List;

import org.peersupport.conversation.StoredScript;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Which scripts are stored, for the list (the catalog answers per script id). */
@Component
class ScriptVersions {

	private final MongoOperations mongo;

	ScriptVersions(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The ids of every stored script, sorted. */
	List<String> scriptIds() {
		return this.mongo.findDistinct(new Query(), "scriptId", StoredScript.class, String.class)
			.stream()
			.sorted()
			.toList();
	}

}
