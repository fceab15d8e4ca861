/**
 * A Telegram Bot API emulator with a user side, for tests, benchmarks and the sandbox
 * mode.
 */
package org.peersupport.sandbox;
