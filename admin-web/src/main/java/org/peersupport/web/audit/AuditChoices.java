package org.peersupport.web.audit;

import java.util.List;

/**
 * What the audit page's filters offer, taken from the entries the viewer may see.
 *
 * @param actors login names of the people who made changes
 * @param actions stored actions, e.g. {@code volunteer.approved}
 * @param objectTypes stored object kinds, e.g. {@code volunteer}
 */
public record AuditChoices(List<String> actors, List<String> actions, List<String> objectTypes) {

}
