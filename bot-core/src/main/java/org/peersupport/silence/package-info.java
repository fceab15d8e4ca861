/**
 * Erases a person who has not written for the configured silence (12 months), after a
 * warning a week before, as the consent texts promise.
 */
package org.peersupport.silence;
