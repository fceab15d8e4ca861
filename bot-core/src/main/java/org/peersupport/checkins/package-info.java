/**
 * Check-ins: each participant's schedule of "How are you today?" prompts, the answers as
 * mood points, and the job that sends what is due.
 */
package org.peersupport.checkins;
