/**
 * The conversation script language: model, YAML loader, validator, answer parsing and the
 * default scripts the bot's runtime plays.
 */
package org.peersupport.scripts;
