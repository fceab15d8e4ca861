/**
 * Safety before everything: crisis words in any private message, in any word order, get a
 * reply for their kind at once with the lines to call, and an alert the team sees; the
 * verdict travels with the update so nothing after reads the words again.
 */
package org.peersupport.safety;
