package org.peersupport.participants;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The volunteers list's search: filters, paging newest first, and programmes.
 */
class VolunteerSearchTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final MongoServer server = started();

	private final MongoClient client = MongoClients
		.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());

	private final Volunteers volunteers = new Volunteers(new MongoTemplate(this.client, "test"));

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void filtersBySkillLanguagePartOfTheRegionInAnyCaseAndStatus() {
		store("V-1", "circle", "mentor", "pl", "Gdańsk Wrzeszcz", VolunteerStatus.APPROVED, 1);
		store("V-2", "circle", "lawyer", "pl", "Gdańsk", VolunteerStatus.APPROVED, 2);
		store("V-3", "circle", "mentor", "en", "gdańsk", VolunteerStatus.APPROVED, 3);
		store("V-4", "circle", "mentor", "pl", "Kraków", VolunteerStatus.APPROVED, 4);
		store("V-5", "circle", "mentor", "pl", "GDAŃSK", VolunteerStatus.PENDING, 5);

		Page<Volunteer> found = this.volunteers
			.search(new VolunteerSearch(" mentor ", "pl", "gdańsk", VolunteerStatus.APPROVED), PageRequest.of(0, 10));

		assertThat(found.getContent()).extracting(Volunteer::id).containsExactly("V-1");
		assertThat(this.volunteers.search(new VolunteerSearch("mentor", "", "  ", null), PageRequest.of(0, 10))
			.getContent()).extracting(Volunteer::id).containsExactly("V-5", "V-4", "V-3", "V-1");
	}

	@Test
	void regionTextIsMatchedLiterallyNotAsAPattern() {
		store("V-1", "circle", "mentor", "pl", "Gdańsk", VolunteerStatus.PENDING, 1);
		store("V-2", "circle", "mentor", "pl", "G.*", VolunteerStatus.PENDING, 2);

		assertThat(
				this.volunteers.search(new VolunteerSearch(null, null, ".*", null), PageRequest.of(0, 10)).getContent())
			.extracting(Volunteer::id)
			.containsExactly("V-2");
	}

	@Test
	void pagesAreNewestFirstAndCountEveryMatch() {
		for (int i = 1; i <= 5; i++) {
			store("V-" + i, "circle", "mentor", "pl", "Gdańsk", VolunteerStatus.PENDING, i);
		}

		Page<Volunteer> second = this.volunteers.search(VolunteerSearch.any(), PageRequest.of(1, 2));

		assertThat(second.getContent()).extracting(Volunteer::id).containsExactly("V-3", "V-2");
		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getTotalPages()).isEqualTo(3);
	}

	@Test
	void programmesLimitTheSearchAndTheCountAndAnApplicationWithoutOneIsOnlyInTheUnlimitedSearch() {
		store("V-1", "circle", "mentor", "pl", "Gdańsk", VolunteerStatus.PENDING, 1);
		store("V-2", "recovery", "mentor", "pl", "Gdańsk", VolunteerStatus.PENDING, 2);
		store("V-3", null, "mentor", "pl", "Gdańsk", VolunteerStatus.PENDING, 3);
		store("V-4", "circle", "mentor", "pl", "Gdańsk", VolunteerStatus.APPROVED, 4);

		assertThat(this.volunteers.search(VolunteerSearch.any(), Set.of("circle"), PageRequest.of(0, 10)).getContent())
			.extracting(Volunteer::id)
			.containsExactly("V-4", "V-1");
		assertThat(this.volunteers.search(VolunteerSearch.any(), Set.of(), PageRequest.of(0, 10)).getContent())
			.isEmpty();
		assertThat(this.volunteers.search(VolunteerSearch.any(), PageRequest.of(0, 10)).getContent())
			.extracting(Volunteer::id)
			.containsExactly("V-4", "V-3", "V-2", "V-1");
		assertThat(this.volunteers.countPending(Set.of("circle"))).isEqualTo(1);
		assertThat(this.volunteers.countPending(Set.of("circle", "recovery"))).isEqualTo(2);
		assertThat(this.volunteers.countPending()).isEqualTo(3);
	}

	private void store(String id, String programme, String skill, String language, String region,
			VolunteerStatus status, int minutesAfterNow) {
		Instant submitted = NOW.plusSeconds(60L * minutesAfterNow);
		this.volunteers.submit(new Volunteer(id, 7000 + minutesAfterNow, language, programme,
				Map.of("realName", "Real Name", "skills", List.of(skill), "languages", List.of(language), "region",
						region),
				status, "volunteer-signup@1", submitted, submitted, null, null, Volunteer.SCHEMA_VERSION));
	}

	private static MongoServer started() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		return server;
	}

}
