package org.peersupport.requests;

/**
 * A help request was stored (published again when the update that made it is handled
 * again).
 *
 * @param requestId the request's id
 */
public record RequestCreated(String requestId) {
}
