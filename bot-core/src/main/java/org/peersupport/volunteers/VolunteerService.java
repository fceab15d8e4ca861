package org.peersupport.volunteers;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxState;
import org.peersupport.messaging.Outgoing;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.VolunteerSearch;
import org.peersupport.participants.VolunteerSkills;
import org.peersupport.participants.VolunteerStatus;
import org.peersupport.participants.Volunteers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * What the admin panel does with volunteers: search the applications, approve or reject
 * one (the volunteer is told in Telegram through the outbox), edit an approved
 * volunteer's skills and limits, pause, resume or deactivate them.
 */
public class VolunteerService {

	private static final Logger log = LoggerFactory.getLogger(VolunteerService.class);

	/** The languages a volunteer can talk in (the sign-up script's choices). */
	public static final List<String> LANGUAGES = List.of("ru", "uk", "pl", "en");

	/** The days a volunteer can choose (the sign-up script's choices), Monday first. */
	public static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

	/**
	 * The parts of the day a volunteer can choose (the sign-up script's choices): morning
	 * 8–12, afternoon 12–17, evening 17–22.
	 */
	public static final List<String> PARTS = List.of("morning", "afternoon", "evening");

	/** The fewest open requests a volunteer takes on at once. */
	public static final int MIN_OPEN_REQUESTS = 1;

	/**
	 * The most open requests a volunteer takes on at once: the limit the sign-up script
	 * asks for, so the panel and the bot allow the same.
	 */
	public static final int MAX_OPEN_REQUESTS = 10;

	/** The longest region text. */
	public static final int MAX_REGION_LENGTH = 100;

	private final Volunteers volunteers;

	private final Outbox outbox;

	private final VolunteerSkills skills;

	private final Clock clock;

	public VolunteerService(Volunteers volunteers, VolunteerSkills skills, Outbox outbox, Clock clock) {
		this.volunteers = volunteers;
		this.skills = skills;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** The skills a volunteer can offer ({@code peer.volunteers.skills}). */
	public VolunteerSkills skills() {
		return this.skills;
	}

	/** Applications waiting for a decision, oldest first. */
	public List<Volunteer> pending() {
		return this.volunteers.pending();
	}

	/**
	 * Applications of every programme (and of none) matching the search, newest first, a
	 * page at a time.
	 */
	public Page<Volunteer> search(VolunteerSearch search, Pageable pageable) {
		return this.volunteers.search(search, pageable);
	}

	/**
	 * Applications of these programmes matching the search, newest first, a page at a
	 * time; an application without a programme never matches.
	 */
	public Page<Volunteer> search(VolunteerSearch search, Collection<String> programmes, Pageable pageable) {
		return this.volunteers.search(search, programmes, pageable);
	}

	/** How many applications of every programme (and of none) wait for a decision. */
	public long countPending() {
		return this.volunteers.countPending();
	}

	/** How many applications of these programmes wait for a decision. */
	public long countPending(Collection<String> programmes) {
		return this.volunteers.countPending(programmes);
	}

	/** One application by its internal id. */
	public Optional<Volunteer> find(String id) {
		return this.volunteers.find(id);
	}

	/**
	 * Approves a pending application and tells the volunteer. Calling it again for an
	 * approved application only makes sure the message was stored.
	 * @param note sent to the volunteer with the decision (may be null)
	 * @return false if there is no such application or it was rejected
	 */
	public boolean approve(String id, String note) {
		return decide(id, VolunteerStatus.APPROVED, note);
	}

	/**
	 * Rejects a pending application and tells the volunteer, kindly. Calling it again for
	 * a rejected application only makes sure the message was stored.
	 * @param note sent to the volunteer with the decision (may be null)
	 * @return false if there is no such application or it was approved
	 */
	public boolean reject(String id, String note) {
		return decide(id, VolunteerStatus.REJECTED, note);
	}

	private boolean decide(String id, VolunteerStatus decision, String note) {
		this.volunteers.decide(id, decision, note, this.clock.instant());
		Volunteer volunteer = this.volunteers.find(id).orElse(null);
		if (volunteer == null || volunteer.status() != decision) {
			return false;
		}
		// After the state change: a decision message must never go out for a decision
		// that lost a race. The decision's write also marked the notice pending, so a
		// stop in between is repaired at the next start (resendPendingNotices).
		tell(volunteer, decision);
		log.info("Volunteer application {} {}", id, decision);
		return true;
	}

	/**
	 * Queues the messages about status changes that were stored while the message itself
	 * may not have been (the process stopped in between). Safe to run any time: a message
	 * already queued is not stored twice (same outbox origin).
	 * @return how many volunteers were told
	 */
	public int resendPendingNotices() {
		int told = 0;
		for (Map.Entry<String, VolunteerStatus> notice : this.volunteers.pendingNotices().entrySet()) {
			Volunteer volunteer = this.volunteers.find(notice.getKey()).orElse(null);
			if (volunteer != null) {
				tell(volunteer, notice.getValue());
				told++;
			}
		}
		if (told > 0) {
			log.info("Queued {} volunteer messages left from before the last stop", told);
		}
		return told;
	}

	/**
	 * Where the message telling the volunteer about the decision on their application
	 * stands: sent, still waiting, or failed (a dead letter); empty when none was queued
	 * or its entry was purged.
	 */
	public Optional<OutboxState> decisionMessage(String id) {
		return this.outbox.state(decisionOrigin(id), 0);
	}

	private static String decisionOrigin(String id) {
		return "volunteer:" + id + ":decision";
	}

	private void tell(Volunteer volunteer, VolunteerStatus status) {
		String origin;
		String text;
		if (status == VolunteerStatus.DEACTIVATED) {
			origin = "volunteer:" + volunteer.id() + ":deactivated";
			text = VolunteerTexts.get("deactivated", volunteer.locale());
		}
		else {
			origin = decisionOrigin(volunteer.id());
			text = VolunteerTexts.get((status == VolunteerStatus.APPROVED) ? "approved" : "rejected",
					volunteer.locale());
			if (volunteer.decisionNote() != null && !volunteer.decisionNote().isBlank()) {
				text = text + "\n\n" + VolunteerTexts.get("note", volunteer.locale(), volunteer.decisionNote());
			}
		}
		this.outbox.put(origin, 0, new Outgoing.SendMessage(volunteer.chatId(), false, text, List.of()));
		this.volunteers.noticeQueued(volunteer.id(), status);
	}

	/**
	 * Changes an approved volunteer's skills, languages, region and open-request limit.
	 * @throws IllegalArgumentException if a value is not allowed (unknown skill or
	 * language, blank or too long region, limit outside 1..10)
	 * @throws IllegalStateException if the volunteer is not approved (names the status)
	 */
	public Volunteer updateProfile(String id, List<String> skills, List<String> languages, String region,
			int maxOpenRequests) {
		Map<String, Object> fields = VolunteerProfile.validated(this.skills.keys(), skills, languages, region,
				maxOpenRequests);
		if (!this.volunteers.updateDetails(id, VolunteerStatus.APPROVED, fields, this.clock.instant())) {
			throw refused(id, "edit");
		}
		log.info("Volunteer {} profile updated", id);
		return existing(id);
	}

	/**
	 * Changes an approved volunteer's skills, languages, region and open-request limit,
	 * and their days, parts of the day and quiet hours (stored as the sign-up stores
	 * them, so matching reads them at once).
	 * @param days some of {@link #DAYS}; none means every day
	 * @param parts some of {@link #PARTS}; none means at any hour
	 * @param quietFrom the hour quiet hours begin (0–23), or null for none
	 * @param quietTo the hour they end (0–23, not {@code quietFrom}), or null for none
	 * @throws IllegalArgumentException if a value is not allowed
	 * @throws IllegalStateException if the volunteer is not approved (names the status)
	 */
	public Volunteer updateProfile(String id, List<String> skills, List<String> languages, String region,
			int maxOpenRequests, List<String> days, List<String> parts, Integer quietFrom, Integer quietTo) {
		Map<String, Object> fields = new LinkedHashMap<>(
				VolunteerProfile.validated(this.skills.keys(), skills, languages, region, maxOpenRequests));
		fields.putAll(VolunteerProfile.availability(days, parts, quietFrom, quietTo));
		if (!this.volunteers.updateDetails(id, VolunteerStatus.APPROVED, fields, this.clock.instant())) {
			throw refused(id, "edit");
		}
		log.info("Volunteer {} profile updated", id);
		return existing(id);
	}

	/**
	 * Pauses an approved volunteer: no requests until resumed.
	 * @throws IllegalStateException if the volunteer is not approved (names the status)
	 */
	public Volunteer pause(String id) {
		return change(id, EnumSet.of(VolunteerStatus.APPROVED), VolunteerStatus.PAUSED);
	}

	/**
	 * Resumes a paused volunteer.
	 * @throws IllegalStateException if the volunteer is not paused (names the status)
	 */
	public Volunteer resume(String id) {
		return change(id, EnumSet.of(VolunteerStatus.PAUSED), VolunteerStatus.APPROVED);
	}

	/**
	 * Deactivates an approved or paused volunteer and tells them in Telegram.
	 * @throws IllegalStateException if the volunteer is neither approved nor paused
	 * (names the status)
	 */
	public Volunteer deactivate(String id) {
		Volunteer volunteer = change(id, EnumSet.of(VolunteerStatus.APPROVED, VolunteerStatus.PAUSED),
				VolunteerStatus.DEACTIVATED, true);
		// Only after the conditional update won: a lost race sends nothing.
		tell(volunteer, VolunteerStatus.DEACTIVATED);
		return volunteer;
	}

	private Volunteer change(String id, Set<VolunteerStatus> from, VolunteerStatus to) {
		return change(id, from, to, false);
	}

	private Volunteer change(String id, Set<VolunteerStatus> from, VolunteerStatus to, boolean notify) {
		if (!this.volunteers.changeStatus(id, from, to, this.clock.instant(), notify)) {
			throw refused(id, "move to " + to);
		}
		log.info("Volunteer {} is now {}", id, to);
		return existing(id);
	}

	private RuntimeException refused(String id, String what) {
		Volunteer current = existing(id);
		return new IllegalStateException("Cannot " + what + " volunteer " + id + ": its status is " + current.status());
	}

	private Volunteer existing(String id) {
		return this.volunteers.find(id).orElseThrow(() -> new IllegalArgumentException("No volunteer " + id));
	}

}
