package org.peersupport.store.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny application that uses the store through Spring Data repositories, for tests. */
@SpringBootApplication
class SampleStoreApplication {

}
