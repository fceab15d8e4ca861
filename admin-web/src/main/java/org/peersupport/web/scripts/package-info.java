/**
 * The scripts pages (admins only): versions of each conversation script, a validating
 * editor for drafts, publish and roll back.
 */
package org.peersupport.web.scripts;
