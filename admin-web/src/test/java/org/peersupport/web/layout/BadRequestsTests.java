package org.peersupport.web.layout;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccounts;
import org.peersupport.web.support.PanelClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests a browser would never send (a parameter shaped like a map, a return address
 * that is a URI template, the error page asked for directly) answer 400 with the layout's
 * error page in the viewer's language, and leave one log line: no stack trace, no value
 * from the request. Through the real server, whose error dispatch renders the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@ExtendWith(OutputCaptureExtension.class)
class BadRequestsTests {

	static final String MARKER = "QZX7-SECRET";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts staff;

	@Test
	void aFilterParameterShapedLikeAMapIsABadRequestInTheViewersLanguage(CapturedOutput output) {
		PanelClient moderator = signedIn("bad-request-pl", Locale.forLanguageTag("pl"));

		HttpResponse<String> response = moderator.get("/volunteers?region%5B%24ne%5D=" + MARKER);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<header class=\"top signed-in\"", "<h1>Nieprawidłowe żądanie</h1>",
				"bad-request-pl");
		assertOneLineWithoutStackTrace(output, "GET /volunteers");
	}

	@Test
	void aReturnAddressThatIsAUriTemplateIsABadRequest(CapturedOutput output) {
		PanelClient visitor = new PanelClient(this.port);

		HttpResponse<String> response = visitor.post("/language", Map.of("lang", "en", "back", "/{" + MARKER + "}"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<header class=\"top\"", "<h1>Request not understood</h1>");
		assertOneLineWithoutStackTrace(output, "POST /language");
	}

	@Test
	void theErrorPageAskedForDirectlyIsABadRequest(CapturedOutput output) {
		PanelClient visitor = new PanelClient(this.port);

		HttpResponse<String> response = visitor.get("/error?" + MARKER);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<header class=\"top\"", "<h1>Request not understood</h1>");
		assertOneLineWithoutStackTrace(output, "GET /error");
	}

	@Test
	void aModeratorOnAnAdminPageIsToldItIsNotAllowed() {
		PanelClient moderator = signedIn("not-allowed-ru", Locale.forLanguageTag("ru"));

		HttpResponse<String> response = moderator.get("/staff?page=2");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<h1>Нет доступа</h1>").doesNotContain("Что-то пошло не так");
		assertThat(response.body()).as("the language switch returns to the page, not to /error")
			.contains("name=\"back\" value=\"/staff?page=2\"");
	}

	private void assertOneLineWithoutStackTrace(CapturedOutput output, String request) {
		List<String> lines = output.getAll().lines().filter((line) -> line.contains("Bad request")).toList();
		assertThat(lines).singleElement().asString().contains(request).doesNotContain(MARKER);
		assertThat(output.getAll()).doesNotContain(MARKER).doesNotContain("\tat ").doesNotContain("Servlet.service()");
	}

	private PanelClient signedIn(String username, Locale language) {
		StaffAccount account = this.staff.create(username, "correct-horse-2", PanelRole.MODERATOR, language);
		return new PanelClient(this.port).signedInAs(account.getUsername(), "correct-horse-2");
	}

}
