/**
 * The audit log: who changed what in the panel and when, with before and after, and the
 * page that searches it.
 */
package org.peersupport.web.audit;
