package org.peersupport.web.sandbox;

import java.util.List;

import org.peersupport.conversation.StoredScript;
import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Component;

/**
 * Trying a script version: each try starts on a new, empty participant phone of the
 * person trying (no history of earlier tries, no conversation already under way), shown
 * beside the volunteer phone.
 */
@Component
public class SandboxTrials {

	private final Sandbox sandbox;

	private final SandboxPhoneBook phoneBook;

	SandboxTrials(Sandbox sandbox, SandboxPhoneBook phoneBook) {
		this.sandbox = sandbox;
		this.phoneBook = phoneBook;
	}

	/**
	 * Starts the version on a new phone and tells where to see it.
	 * @return the new phone's user id and the sandbox page showing it
	 */
	public Trial start(PanelUser viewer, StoredScript version, String locale) {
		long phone = this.phoneBook.create(viewer);
		this.sandbox.startDraft(phone, version, locale);
		return new Trial(phone, SandboxPhones.of(List.of(phone, SandboxPhones.VOLUNTEER)).pageUrl());
	}

	/**
	 * A started try.
	 *
	 * @param phone the new phone's Telegram user id
	 * @param pageUrl the sandbox page showing it
	 */
	public record Trial(long phone, String pageUrl) {

	}

}
