package org.peersupport.participants;

import java.time.Instant;

/**
 * A participant finished onboarding and is on their programme's waiting list.
 */
public record ParticipantOnboarded(long chatId, String programme, Instant at) {

}
