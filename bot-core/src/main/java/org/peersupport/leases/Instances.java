package org.peersupport.leases;

/**
 * Whether other instances may work on this store at the same time. On the embedded store
 * they cannot (it belongs to one process), so the update path runs without the leases
 * that several instances need: which one polls Telegram, which one sends, which one
 * handles a chat's updates now. On an external MongoDB ({@code MONGODB_URI}) they can,
 * and these leases are on unless {@code peer.instances.several=false}.
 *
 * @param several whether the poller, the sender and each chat's handling are leased
 */
public record Instances(boolean several) {

	/** The setting that overrides the default taken from the kind of store. */
	public static final String PROPERTY = "peer.instances.several";

}
