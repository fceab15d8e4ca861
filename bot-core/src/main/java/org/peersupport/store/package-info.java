/**
 * The store: an in-process MongoDB-compatible server (durable, optionally encrypted) used
 * when no external MongoDB is configured.
 */
package org.peersupport.store;
