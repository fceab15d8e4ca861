/**
 * The Programmes pages: each programme's check-in phases and missed-check-in ladder, and
 * (for admins) the crisis word lists, edited over configuration's defaults.
 */
package org.peersupport.web.programmes;
