package org.peersupport.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session against the running panel over real HTTP, without a browser: its
 * own cookies (sent back even when marked Secure, as a browser behind a TLS proxy would),
 * no redirects followed, the CSRF token read from the last page it got. Tests of what the
 * server (Tomcat, its error pages, its headers) does use it; headers are given as name,
 * value pairs.
 */
public final class PanelClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final URI base;

	private final HttpClient http;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrfToken;

	public PanelClient(int port) {
		this.base = URI.create("http://127.0.0.1:" + port);
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** A GET of a path (with its query, already encoded as it goes on the wire). */
	public HttpResponse<String> get(String pathAndQuery, String... headers) {
		HttpResponse<String> response = send(request(pathAndQuery, headers).GET());
		rememberCsrfToken(response.body());
		return response;
	}

	/** A form POST with the CSRF token of the last page (the login page if none yet). */
	public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
		if (this.csrfToken == null) {
			get("/login");
		}
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.put("_csrf", this.csrfToken);
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Reads a fresh login form, so that a later {@link #signIn} needs no more requests.
	 */
	public PanelClient openLoginPage() {
		get("/login");
		return this;
	}

	/** Posts the login form; the answer is the redirect Spring Security sends. */
	public HttpResponse<String> signIn(String username, String password, String... headers) {
		HttpResponse<String> response = post("/login", Map.of("username", username, "password", password), headers);
		this.csrfToken = null; // a login replaces the session's token
		return response;
	}

	/** Signs in and fails unless the panel let the person in. */
	public PanelClient signedInAs(String username, String password) {
		openLoginPage();
		HttpResponse<String> response = signIn(username, password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new AssertionError("Sign-in of " + username + " refused: " + response.statusCode() + " " + location);
		}
		return this;
	}

	private HttpRequest.Builder request(String pathAndQuery, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(pathAndQuery))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				this.cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void rememberCsrfToken(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (matcher.find()) {
			this.csrfToken = matcher.group(1);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
