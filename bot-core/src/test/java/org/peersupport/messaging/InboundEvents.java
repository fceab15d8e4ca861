package org.peersupport.messaging;

import java.time.Instant;

/**
 * Builds inbound events for tests:
 * {@code anEvent(5).privateChat(42).command("start").build()}.
 */
final class InboundEvents {

	private long updateId;

	private InboundKind kind = InboundKind.TEXT;

	private long chatId = 1;

	private ChatType chatType = ChatType.PRIVATE;

	private Long messageId;

	private String text;

	private String command;

	private String data;

	private String pressId;

	private String language = "en";

	private String status;

	private InboundEvents(long updateId) {
		this.updateId = updateId;
	}

	static InboundEvents anEvent(long updateId) {
		return new InboundEvents(updateId);
	}

	InboundEvents privateChat(long chatId) {
		this.chatId = chatId;
		this.chatType = ChatType.PRIVATE;
		return this;
	}

	InboundEvents group(long chatId) {
		this.chatId = chatId;
		this.chatType = ChatType.SUPERGROUP;
		return this;
	}

	InboundEvents text(String text) {
		this.kind = InboundKind.TEXT;
		this.text = text;
		return this;
	}

	InboundEvents command(String command) {
		this.kind = InboundKind.COMMAND;
		this.command = command;
		return this;
	}

	InboundEvents sticker() {
		this.kind = InboundKind.NON_TEXT;
		return this;
	}

	InboundEvents press(long messageId, String data) {
		this.kind = InboundKind.BUTTON;
		this.messageId = messageId;
		this.data = data;
		this.pressId = "press-" + this.updateId;
		return this;
	}

	InboundEvents membership(String status) {
		this.kind = InboundKind.BOT_MEMBERSHIP;
		this.status = status;
		return this;
	}

	InboundEvent build() {
		return new InboundEvent(this.updateId, this.kind, this.chatId, this.chatType, this.chatId, this.messageId,
				this.text, this.command, this.data, this.pressId, this.language, this.status, null, Instant.now());
	}

}
