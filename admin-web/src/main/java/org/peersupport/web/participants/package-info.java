/**
 * What the panel shows about participants: the participants list (where each stands, who
 * waits for a group or a person) and the dashboard cards that count them.
 */
package org.peersupport.web.participants;
