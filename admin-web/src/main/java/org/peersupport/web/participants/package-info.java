/**
 * What the panel shows about participants: for now the onboarding count on the dashboard.
 */
package org.peersupport.web.participants;
