/**
 * The requests pages: the queue of help requests in the viewer's programmes, one
 * request's history, and giving it to a volunteer or closing it.
 */
package org.peersupport.web.requests;
