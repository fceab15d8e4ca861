/**
 * Volunteer sign-up (/volunteer or /start volunteer) ending in an application a moderator
 * approves or rejects.
 */
package org.peersupport.volunteers;
