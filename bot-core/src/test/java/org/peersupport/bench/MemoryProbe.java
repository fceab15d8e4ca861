package org.peersupport.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import org.peersupport.participants.Participant;
import org.peersupport.participants.Volunteer;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.EmulatorLimits;
import org.peersupport.sandbox.EmulatorSettings;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The child process of {@link MemoryBenchmark}: starts the whole bot on one store,
 * measures its memory empty, stores the participants, volunteers and their conversations,
 * and measures again. Prints one line, {@code PROBE} and the four figures in bytes.
 */
final class MemoryProbe {

	private static final String TOKEN = "4242:bench-token";

	private MemoryProbe() {
	}

	/**
	 * Arguments: {@code memory} or an H2 data directory, participants, volunteers.
	 */
	public static void main(String[] args) throws Exception {
		Path dataDir = "memory".equals(args[0]) ? null : Files.createDirectories(Path.of(args[0]));
		int participants = Integer.parseInt(args[1]);
		int volunteers = Integer.parseInt(args[2]);
		try (BotApiEmulator emulator = BotApiEmulator
			.start(EmulatorSettings.defaults(TOKEN).withLimits(EmulatorLimits.off()));
				FullBot bot = FullBot.start(emulator, TOKEN, dataDir)) {
			long[] empty = measure();
			MongoOperations mongo = bot.bean(MongoOperations.class);
			Instant now = Instant.now();
			People.participants(mongo, 30_000_000L, participants, now);
			People.volunteers(mongo, 40_000_000L, volunteers, now);
			long storedParticipants = mongo.count(new org.springframework.data.mongodb.core.query.Query(),
					Participant.class);
			long storedVolunteers = mongo.count(new org.springframework.data.mongodb.core.query.Query(),
					Volunteer.class);
			if (storedParticipants != participants || storedVolunteers != volunteers) {
				throw new IllegalStateException("Stored " + storedParticipants + " participants and " + storedVolunteers
						+ " volunteers, not " + participants + " and " + volunteers);
			}
			long[] full = measure();
			System.out.println(String.format(Locale.ROOT, "PROBE %d %d %d %d", empty[0], empty[1], full[0], full[1]));
		}
		System.exit(0);
	}

	/** Heap used after full collections, and the resident set size. */
	private static long[] measure() throws IOException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			memory.gc();
		}
		return new long[] { memory.getHeapMemoryUsage().getUsed(), residentSetSize() };
	}

	/** VmRSS from /proc/self/status, in bytes; -1 where there is no /proc. */
	private static long residentSetSize() throws IOException {
		Path status = Path.of("/proc/self/status");
		if (!Files.exists(status)) {
			return -1;
		}
		return Files.readAllLines(status)
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
			.findFirst()
			.orElse(-1L);
	}

}
