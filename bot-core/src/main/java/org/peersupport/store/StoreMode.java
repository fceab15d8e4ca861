package org.peersupport.store;

/**
 * Tells other code whether the application runs on the embedded store or on an external
 * MongoDB.
 *
 * @param embedded {@code true} when the in-process server is the store
 */
public record StoreMode(boolean embedded) {

}
