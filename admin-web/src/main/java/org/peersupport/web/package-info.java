/**
 * The admin panel: server-rendered pages for moderators and admins, one layout, one
 * navigation, one security policy.
 */
package org.peersupport.web;
