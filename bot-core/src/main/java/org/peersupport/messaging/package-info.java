/**
 * The update path without Telegram: inbound events, the inbox and its worker, the router,
 * the outbox, its sender and the rate limiter.
 */
package org.peersupport.messaging;
