/**
 * The dead-letters page: outgoing calls Telegram refused for good, to retry or discard.
 */
package org.peersupport.web.deadletters;
