package io.suretyhub.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class RequestOriginTests {

	@AfterEach
	void leaveRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	static void request(String remote, String forwardedFor) {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr(remote);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	static RequestOrigin origin(boolean trustForwardedFor) {
		return new RequestOrigin(new AuditSettings(trustForwardedFor, 1000));
	}

	@Test
	void forwardedForIsIgnoredUnlessTrusted() {
		request("10.0.0.5", "203.0.113.7");

		assertThat(origin(false).sourceAddress()).isEqualTo("10.0.0.5");
	}

	@Test
	void trustedForwardedForGivesTheOriginalClient() {
		request("10.0.0.5", " 203.0.113.7 , 10.0.0.1");

		assertThat(origin(true).sourceAddress()).isEqualTo("203.0.113.7");
	}

	@Test
	void trustedButMissingOrEmptyHeaderFallsBackToTheRemoteAddress() {
		request("10.0.0.5", null);
		assertThat(origin(true).sourceAddress()).isEqualTo("10.0.0.5");

		request("10.0.0.5", " , 10.0.0.1");
		assertThat(origin(true).sourceAddress()).isEqualTo("10.0.0.5");
	}

	@Test
	void overlongAddressIsCut() {
		request("10.0.0.5", "x".repeat(500));

		assertThat(origin(true).sourceAddress()).hasSize(64);
	}

	@Test
	void noRequestNoAddress() {
		assertThat(origin(true).sourceAddress()).isNull();
	}

}
