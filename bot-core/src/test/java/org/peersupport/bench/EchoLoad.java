package org.peersupport.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.sandbox.BotMessage;
import org.peersupport.sandbox.SentMessageListener;
import org.peersupport.sandbox.SandboxUsers;

/**
 * One round of load: users each send numbered texts through the emulator's user side, as
 * fast as it takes them, and every echo the emulator stores is matched to its message and
 * timed. Duplicates and strays are counted until {@link #finish()}, so stop the consumer
 * before finishing.
 */
final class EchoLoad implements SentMessageListener {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EchoLoad.class);

	static final long FIRST_USER = 10_000_000L;

	private static final String PREFIX = "m";

	private static final String ECHO = "echo ";

	private final BotApiEmulator emulator;

	private final int users;

	private final int perUser;

	private final long firstUser;

	private final AtomicLongArray injectedAt;

	private volatile CpuClock.Reading cpuAtStart;

	private volatile CpuClock.Reading cpuAtEnd;

	private final AtomicLongArray repliedAt;

	private final AtomicIntegerArray replies;

	private final AtomicInteger duplicates = new AtomicInteger();

	private final AtomicInteger unexpected = new AtomicInteger();

	private final CountDownLatch allReplied;

	private EchoLoad(BotApiEmulator emulator, int users, int perUser, long firstUser) {
		this.emulator = emulator;
		this.users = users;
		this.perUser = perUser;
		this.firstUser = firstUser;
		int messages = users * perUser;
		this.injectedAt = new AtomicLongArray(messages);
		this.repliedAt = new AtomicLongArray(messages);
		this.replies = new AtomicIntegerArray(messages);
		this.allReplied = new CountDownLatch(messages);
	}

	/** Starts listening for echoes; call {@link #inject()} next. */
	static EchoLoad listen(BotApiEmulator emulator, int users, int perUser) {
		return listen(emulator, users, perUser, FIRST_USER);
	}

	/**
	 * Starts listening for echoes to users from {@code firstUser} on (rounds on one
	 * running bot use users of their own, so a late echo of one round is not taken for
	 * another's).
	 */
	static EchoLoad listen(BotApiEmulator emulator, int users, int perUser, long firstUser) {
		EchoLoad load = new EchoLoad(emulator, users, perUser, firstUser);
		emulator.addSentMessageListener(load);
		return load;
	}

	/** What a consumer answers to a text: the text behind {@code "echo "}. */
	static String echoOf(String text) {
		return ECHO + text;
	}

	/**
	 * Sends every message, first message of every user, then the second, and so on (a
	 * person's messages stay in order, people interleave).
	 */
	void inject() {
		this.cpuAtStart = CpuClock.now();
		SandboxUsers sandbox = this.emulator.users();
		for (int seq = 0; seq < this.perUser; seq++) {
			for (int user = 0; user < this.users; user++) {
				this.injectedAt.set(index(user, seq), System.nanoTime());
				sandbox.sendText(this.firstUser + user, PREFIX + seq, "en");
			}
		}
	}

	/**
	 * Sends every message open-loop at a steady rate, without waiting for echoes: message
	 * k at {@code k / perSecond} seconds after the start, to user {@code k % users} (a
	 * person's messages stay in order, people interleave). A message whose time has
	 * passed goes at once, so a slow bot is not given time to catch up.
	 * @return how late the injection fell behind its schedule at worst
	 */
	Duration injectSteadily(double perSecond) {
		this.cpuAtStart = CpuClock.now();
		SandboxUsers sandbox = this.emulator.users();
		long start = System.nanoTime();
		long worstLag = 0;
		int messages = this.users * this.perUser;
		for (int k = 0; k < messages; k++) {
			long due = start + (long) (k * 1e9 / perSecond);
			long now = System.nanoTime();
			while (now < due) {
				java.util.concurrent.locks.LockSupport.parkNanos(due - now);
				now = System.nanoTime();
			}
			worstLag = Math.max(worstLag, now - due);
			int user = k % this.users;
			int seq = k / this.users;
			this.injectedAt.set(index(user, seq), System.nanoTime());
			sandbox.sendText(this.firstUser + user, PREFIX + seq, "en");
		}
		return Duration.ofNanos(worstLag);
	}

	/** Waits until every message has an echo or the timeout passes. */
	boolean awaitReplies(Duration timeout) throws InterruptedException {
		return this.allReplied.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Stops listening and sums the round up. */
	RoundResult finish(Variant variant) {
		this.emulator.removeSentMessageListener(this);
		int messages = this.users * this.perUser;
		long[] latencies = new long[messages];
		int replied = 0;
		long first = Long.MAX_VALUE;
		long last = Long.MIN_VALUE;
		for (int i = 0; i < messages; i++) {
			first = Math.min(first, this.injectedAt.get(i));
			if (this.replies.get(i) > 0) {
				last = Math.max(last, this.repliedAt.get(i));
				latencies[replied++] = this.repliedAt.get(i) - this.injectedAt.get(i);
			}
		}
		long[] sorted = Arrays.copyOf(latencies, replied);
		Arrays.sort(sorted);
		Duration elapsed = Duration.ofNanos((replied > 0) ? last - first : 0);
		CpuClock.Reading end = (this.cpuAtEnd != null) ? this.cpuAtEnd : CpuClock.now();
		Duration cpu = end.cpuSince(this.cpuAtStart);
		return new RoundResult(variant, messages, replied, this.duplicates.get(), this.unexpected.get(), elapsed,
				percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0), cpu);
	}

	@Override
	public void messageSent(long chatId, BotMessage message) {
		long now = System.nanoTime();
		int index = indexOf(chatId, message.text());
		if (index < 0) {
			this.unexpected.incrementAndGet();
			return;
		}
		if (this.replies.getAndIncrement(index) == 0) {
			this.repliedAt.set(index, now);
			if (this.allReplied.getCount() == 1) {
				this.cpuAtEnd = CpuClock.now();
			}
			this.allReplied.countDown();
		}
		else {
			this.duplicates.incrementAndGet();
			log.warn("Echo {} for chat {} came again, {} ms after the first", index % this.perUser, chatId,
					(now - this.repliedAt.get(index)) / 1_000_000);
		}
	}

	private int indexOf(long chatId, String text) {
		long user = chatId - this.firstUser;
		if (user < 0 || user >= this.users || text == null || !text.startsWith(ECHO + PREFIX)) {
			return -1;
		}
		try {
			int seq = Integer.parseInt(text.substring(ECHO.length() + PREFIX.length()));
			return (seq >= 0 && seq < this.perUser) ? index((int) user, seq) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private int index(int user, int seq) {
		return user * this.perUser + seq;
	}

	private static Duration percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Duration.ZERO;
		}
		int rank = (int) Math.ceil(p * sorted.length) - 1;
		return Duration.ofNanos(sorted[Math.max(0, Math.min(rank, sorted.length - 1))]);
	}

}
