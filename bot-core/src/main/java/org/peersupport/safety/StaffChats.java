package org.peersupport.safety;

/**
 * Chats where staff talk among themselves (a group's own moderators' chat), declared by
 * the feature that knows them: the crisis check leaves their messages alone, as it does
 * the moderators' chat from configuration, since staff may quote what people wrote;
 * crisis words in a group alert the group's own chat; "I take it" works there too.
 */
public interface StaffChats {

	/** Whether the chat is one where staff talk among themselves. */
	boolean isStaffChat(long chatId);

	/**
	 * The chat that gets the alerts about what is written in a group, or null for the
	 * moderators' chat from configuration.
	 */
	Long moderatorsChatOf(long groupChatId);

}
