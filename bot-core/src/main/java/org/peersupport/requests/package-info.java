/**
 * Help requests: a participant asks for help in a category, sees their open requests and
 * can cancel one.
 */
package org.peersupport.requests;
