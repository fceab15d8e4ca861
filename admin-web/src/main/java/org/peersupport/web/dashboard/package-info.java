/**
 * The start page: cards with key numbers that features contribute.
 */
package org.peersupport.web.dashboard;
