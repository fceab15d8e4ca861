/**
 * First start: the first admin comes from settings, or from a one-time setup token
 * printed in the log and typed into {@code /setup}.
 */
package org.peersupport.web.setup;
