/**
 * The sandbox phones: Telegram users on the built-in emulator, driven from the panel.
 */
package org.peersupport.web.sandbox;
