package org.peersupport.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.TestPropertySource;

/**
 * Puts a {@code @SpringBootTest} on the in-memory embedded store and empties every
 * collection before the test class runs (indexes stay), so a class never sees another
 * class's documents even when Spring shares the context between them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = "peer.store.embedded=memory")
@ExtendWith(EmptyStoreExtension.class)
public @interface MemoryStore {

}
