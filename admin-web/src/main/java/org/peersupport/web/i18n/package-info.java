/**
 * The panel's languages (English, Russian, Polish), the switch between them and dates in
 * each person's time zone.
 */
package org.peersupport.web.i18n;
