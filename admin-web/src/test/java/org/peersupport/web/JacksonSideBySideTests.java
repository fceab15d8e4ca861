package org.peersupport.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TelegramBots' Jackson 2 and Spring Boot 4's Jackson 3 live side by side in one running
 * service: a Telegram update is read and a Bot API call written with Jackson 2, while the
 * panel's JSON goes through Boot's Jackson 3.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JacksonSideBySideTests {

	@Autowired
	JsonMapper bootJson;

	@LocalServerPort
	int port;

	@Test
	void aTelegramUpdateAndAPanelJsonResponseBothWorkInOneContext() throws Exception {
		ObjectMapper telegramJson = new ObjectMapper();
		Update update = telegramJson.readValue("""
				{"update_id":7,"message":{"message_id":3,"date":1790000000,"chat":{"id":42,"type":"private"},
				 "from":{"id":42,"is_bot":false,"first_name":"A"},"text":"hi","some_new_field":true}}""", Update.class);
		assertThat(update.getMessage().getText()).isEqualTo("hi");
		String call = telegramJson.writeValueAsString(SendMessage.builder().chatId(42L).text("hello").build());
		assertThat(call).contains("\"chat_id\":\"42\"").contains("\"text\":\"hello\"");

		String panelJson = this.bootJson.writeValueAsString(Map.of("cards", List.of("dead letters", 0)));
		assertThat(this.bootJson.readTree(panelJson).get("cards").get(1).asInt()).isZero();

		java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(this.bootJson.readTree(health.body()).get("status").asString()).isEqualTo("UP");
	}

}
