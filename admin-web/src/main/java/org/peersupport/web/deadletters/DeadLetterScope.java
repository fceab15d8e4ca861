package org.peersupport.web.deadletters;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.OutboxEntry;
import org.peersupport.messaging.OutboxState;
import org.peersupport.web.security.ProgrammeChats;
import org.peersupport.web.security.ProgrammeScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Dead letters within a programme scope: a dead letter belongs to the programmes of the
 * participant or volunteer whose chat it was addressed to; one to any other chat is seen
 * only by staff without a programme limit.
 */
@Component
class DeadLetterScope {

	private final Outbox outbox;

	private final ProgrammeChats chats;

	DeadLetterScope(Outbox outbox, ProgrammeChats chats) {
		this.outbox = outbox;
		this.chats = chats;
	}

	/** A page of the dead letters in scope, newest first. */
	Page<OutboxEntry> page(ProgrammeScope scope, Pageable pageable) {
		int offset = (int) pageable.getOffset();
		if (scope.isUnlimited()) {
			return new PageImpl<>(this.outbox.deadLetters(offset, pageable.getPageSize()), pageable,
					this.outbox.count(OutboxState.DEAD));
		}
		Set<Long> inScope = this.chats.chatsIn(scope);
		List<OutboxEntry> items = this.outbox.deadLetters(inScope, offset, pageable.getPageSize());
		return new PageImpl<>(items, pageable, this.outbox.countDeadLetters(inScope));
	}

	/** How many dead letters are in scope. */
	long count(ProgrammeScope scope) {
		return scope.isUnlimited() ? this.outbox.count(OutboxState.DEAD)
				: this.outbox.countDeadLetters(this.chats.chatsIn(scope));
	}

	/** The dead letter with this id, if it is one and in scope. */
	Optional<OutboxEntry> find(ProgrammeScope scope, String id) {
		return this.outbox.deadLetter(id).filter((entry) -> this.chats.includes(scope, entry.chatId()));
	}

	/** The programme the audit log names for a dead letter, or null. */
	String programmeOf(OutboxEntry entry) {
		return this.chats.programmeOf(entry.chatId());
	}

}
