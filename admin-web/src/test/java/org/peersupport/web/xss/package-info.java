/**
 * Browser tests that hostile text typed by people never runs as markup in the panel.
 */
package org.peersupport.web.xss;
