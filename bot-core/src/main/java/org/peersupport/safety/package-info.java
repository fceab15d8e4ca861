/**
 * Safety before everything: crisis words in any private message get the programme's
 * hotline text at once and an alert to the moderators' chat.
 */
package org.peersupport.safety;
