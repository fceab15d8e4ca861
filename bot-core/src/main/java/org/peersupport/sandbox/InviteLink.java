package org.peersupport.sandbox;

/**
 * An invite link the bot created for a group.
 */
record InviteLink(String link, long chatId, boolean createsJoinRequest, String name) {

}
