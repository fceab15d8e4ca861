/**
 * The Groups page: peer groups the bot was added to, their missing rights, and activating
 * a group with its programme, language, capacity and rules.
 */
package org.peersupport.web.groups;
