/**
 * A staff member's own account: password, language and time zone.
 */
package org.peersupport.web.account;
