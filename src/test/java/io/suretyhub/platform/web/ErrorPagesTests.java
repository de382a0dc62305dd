package io.suretyhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

/** Bad input never shows a stack trace: unknown pages are 404 in Chinese by default, in English on request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void actuatorHealthIsOpenAndUp() {
		var response = client().get().uri("/actuator/health").retrieve().toEntity(String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"UP\"");
	}

	private RestClient client() {
		return RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

}
