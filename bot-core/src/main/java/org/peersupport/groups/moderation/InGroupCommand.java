package org.peersupport.groups.moderation;

import org.peersupport.groups.PeerGroup;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;

/**
 * A command written in a peer group ({@code /report}, {@code /warn} …), found by its name
 * by {@link GroupPosts}.
 */
interface InGroupCommand {

	/** The command's name, without the slash. */
	String name();

	/** Whether only the group's moderators (its Telegram administrators) may use it. */
	boolean forModerators();

	/** Runs the command, its calls through the update's replies. */
	void run(InboundEvent event, Replies replies, PeerGroup group);

}
