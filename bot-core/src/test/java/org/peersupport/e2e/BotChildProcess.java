package org.peersupport.e2e;

import org.peersupport.BotTestApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The whole bot with the echo conversation, run as a separate JVM that a test can kill
 * with SIGKILL.
 */
public final class BotChildProcess {

	static final String READY = "BOT-CHILD-READY";

	private BotChildProcess() {
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(BotTestApplication.class, EchoConversation.class).run(args);
		System.out.println(READY);
		System.out.flush();
	}

}
