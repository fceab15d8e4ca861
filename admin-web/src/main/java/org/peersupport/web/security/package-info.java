/**
 * Who may use the panel: staff accounts, login with lockout, roles and programme scope.
 */
package org.peersupport.web.security;
