package org.peersupport.web.sandbox;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The sandbox page when the sandbox engine cannot start: a clear page, not an error. */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class SandboxUnavailablePageTests {

	@MockitoBean
	Sandbox sandbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aSandboxThatCannotStartAnswers503WithAClearPageInTheViewersLanguage() throws Exception {
		given(this.sandbox.kind()).willReturn(Sandbox.Kind.ENGINE);
		given(this.sandbox.emulator())
			.willThrow(new SandboxUnavailableException(new IllegalStateException("address in use")));

		var result = this.mvc.perform(get("/sandbox").with(user(this.users.loadUserByUsername("root-admin"))))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(503);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"sandbox-unavailable\"")
			.contains("The sandbox could not start")
			.doesNotContain("address in use");
	}

}
