package org.peersupport.groups;

/**
 * A moderator activated a group or changed its settings (its capacity, say).
 */
public record GroupActivated(long chatId) {

}
