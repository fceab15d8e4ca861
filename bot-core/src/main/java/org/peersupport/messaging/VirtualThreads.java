package org.peersupport.messaging;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * Uses virtual threads when the running JDK has them (21+); the code is compiled for 17,
 * so it asks by reflection.
 */
final class VirtualThreads {

	private VirtualThreads() {
	}

	/** A thread-per-task executor on virtual threads, or null on a JDK without them. */
	static ExecutorService perTaskExecutor(String prefix) {
		if (!Boolean.parseBoolean(System.getProperty("peer.virtual-threads", "true"))) {
			return null;
		}
		try {
			Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
			Class<?> builderType = Class.forName("java.lang.Thread$Builder");
			builder = builderType.getMethod("name", String.class, long.class).invoke(builder, prefix, 1L);
			ThreadFactory factory = (ThreadFactory) builderType.getMethod("factory").invoke(builder);
			Method executor = java.util.concurrent.Executors.class.getMethod("newThreadPerTaskExecutor",
					ThreadFactory.class);
			return (ExecutorService) executor.invoke(null, factory);
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

}
