package org.peersupport.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable peer-support-bot service: the admin panel with the bot in the same
 * process. It scans only the panel ({@code org.peersupport.web}); the bot comes from
 * bot-core's auto-configuration.
 */
@SpringBootApplication
public class PeerSupportApplication {

	/** Read once, when the JVM's first JDK HttpServer starts. */
	static final String HTTP_SERVER_NO_DELAY = "sun.net.httpserver.nodelay";

	public static void main(String[] args) {
		// The webhook listener (and the sandbox emulator) are JDK HttpServers, which
		// write headers and body separately; without TCP_NODELAY every answer waits
		// ~40 ms for a delayed ACK (docs/benchmarks.md).
		if (System.getProperty(HTTP_SERVER_NO_DELAY) == null) {
			System.setProperty(HTTP_SERVER_NO_DELAY, "true");
		}
		SpringApplication.run(PeerSupportApplication.class, args);
	}

}
