/**
 * The alerts page: every alert about a person (crisis, needs a person) that staff take
 * and close, whether or not a moderators' chat is configured.
 */
package org.peersupport.web.alerts;
