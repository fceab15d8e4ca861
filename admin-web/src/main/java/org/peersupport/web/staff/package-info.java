/**
 * Admins manage staff accounts: create moderators, disable and enable, reset passwords,
 * limit a moderator to some programmes.
 */
package org.peersupport.web.staff;
