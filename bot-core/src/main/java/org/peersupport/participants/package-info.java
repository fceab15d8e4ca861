/**
 * The people the bot serves, as records every feature may read: participants, volunteers,
 * the programmes they belong to, and the events about them.
 */
package org.peersupport.participants;
