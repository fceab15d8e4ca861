/**
 * Leases in the store, so that any number of instances can run the same job: a named
 * lease makes one instance do a thing at a time, an item lease makes one instance claim
 * each due document; a crashed instance's lease expires.
 */
package org.peersupport.leases;
