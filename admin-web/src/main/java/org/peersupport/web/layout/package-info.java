/**
 * The panel's frame: one layout, one navigation that features contribute to, one way to
 * page through lists and one way to confirm a destructive action.
 */
package org.peersupport.web.layout;
