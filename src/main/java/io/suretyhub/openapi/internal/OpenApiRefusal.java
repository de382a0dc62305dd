package io.suretyhub.openapi.internal;

import org.springframework.http.HttpStatus;

/**
 * A request to {@code /open/v1} refused with a stable error {@code code} (upper case, documented in
 * {@code docs/open-api.md}); its texts are {@code openapi.error.<code>} in both languages.
 */
public class OpenApiRefusal extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String field;

	public OpenApiRefusal(HttpStatus status, String code, String field) {
		super(code);
		this.status = status;
		this.code = code;
		this.field = field;
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public String field() {
		return field;
	}

}
