package org.peersupport.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.store.MemoryStore;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peersupport.messaging.InboundEvents.anEvent;

/**
 * An exception's message may quote what a person wrote: above DEBUG it is logged by its
 * class only, wherever on the update path it is caught.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "spring.quartz.auto-startup=false")
@Import(FailureLoggingTests.Failing.class)
@MemoryStore
class FailureLoggingTests {

	static final String MARKER = "my secret name is Olena-7731";

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	@Autowired
	Inbox inbox;

	@Autowired
	Exploding exploding;

	@BeforeEach
	void capture() {
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	@AfterEach
	void release() {
		this.root.detachAppender(this.appender);
	}

	@Test
	void aHandlersExceptionMessageNeverReachesTheLogAboveDebug() {
		this.inbox.accept(anEvent(9001).privateChat(901).command("explode").build());
		// three tries, then the apology, which fails too and escapes to the lane
		await().atMost(Duration.ofSeconds(60)).until(() -> this.exploding.apologies.get() > 0);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> loggedAboveDebug().stream().anyMatch((line) -> line.contains("Lane task failed")));
		List<String> lines = loggedAboveDebug();
		assertThat(lines).anyMatch((line) -> line.contains("Handling update 9001")
				&& line.contains(IllegalStateException.class.getName()));
		assertThat(this.exploding.runs.get()).isEqualTo(3);
		assertThat(lines).noneMatch((line) -> line.contains(MARKER));
	}

	/** Each event above DEBUG as text: its message and every throwable in its chain. */
	private List<String> loggedAboveDebug() {
		return this.appender.list.stream()
			.filter((event) -> event.getLevel().isGreaterOrEqual(Level.INFO))
			.map(FailureLoggingTests::render)
			.toList();
	}

	private static String render(ILoggingEvent event) {
		StringBuilder text = new StringBuilder(event.getFormattedMessage());
		for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
			text.append(" | ").append(thrown.getClassName()).append(": ").append(thrown.getMessage());
		}
		return text.toString();
	}

	@TestConfiguration
	static class Failing {

		@Bean
		Exploding exploding() {
			return new Exploding();
		}

		@Bean
		FailureNotice failingNotice(Exploding exploding) {
			return (event) -> {
				exploding.apologies.incrementAndGet();
				throw new IllegalArgumentException("could not word the apology to " + MARKER);
			};
		}

	}

	/** Fails on every run with the person's words in its message. */
	static class Exploding implements InboundHandler {

		final AtomicInteger runs = new AtomicInteger();

		final AtomicInteger apologies = new AtomicInteger();

		@Override
		public Route route() {
			return Route.commands("explode");
		}

		@Override
		public void handle(InboundEvent event, Replies replies) {
			this.runs.incrementAndGet();
			throw new IllegalStateException("could not handle " + MARKER);
		}

	}

}
