/**
 * Moderation of the peer groups: each group's rules checked on every post (a breach is
 * deleted and its author warned privately; enough warnings mute for a while), crisis
 * words answered instead of deleted, {@code /report} to the moderators' chat, and the
 * moderators' commands in the group.
 */
package org.peersupport.groups.moderation;
