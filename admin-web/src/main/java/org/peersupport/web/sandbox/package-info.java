/**
 * The sandbox phones: Telegram users on a bot engine's built-in emulator, driven from the
 * panel — the main bot in sandbox mode, a separate sandbox engine with its own database
 * when a real bot runs.
 */
package org.peersupport.web.sandbox;
