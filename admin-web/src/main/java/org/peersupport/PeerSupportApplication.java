package org.peersupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable peer-support-bot service: the admin panel with the bot in the same
 * process.
 */
@SpringBootApplication
public class PeerSupportApplication {

	public static void main(String[] args) {
		SpringApplication.run(PeerSupportApplication.class, args);
	}

}
