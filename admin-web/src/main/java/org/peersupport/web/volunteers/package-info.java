/**
 * The volunteers pages: applications with filters, vetting details and the approve or
 * reject decision that the volunteer hears about in Telegram.
 */
package org.peersupport.web.volunteers;
