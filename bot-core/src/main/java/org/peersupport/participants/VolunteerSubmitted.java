package org.peersupport.participants;

import java.time.Instant;

/**
 * A volunteer sent their application; it waits for a moderator.
 */
public record VolunteerSubmitted(String volunteerId, Instant at) {

}
