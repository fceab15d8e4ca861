package org.peersupport.web.sandbox;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the whole service runs in sandbox mode (no bot token): then
 * nobody real can reach the bot, every person the panel lists or counts comes from a
 * sandbox phone, and the layout says so above the content.
 */
@ControllerAdvice
class SandboxModeNotice {

	private final Sandbox sandbox;

	SandboxModeNotice(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	@ModelAttribute("sandboxMode")
	boolean sandboxMode() {
		return this.sandbox.kind() == Sandbox.Kind.WHOLE_SERVICE;
	}

}
