package io.suretyhub.openapi.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details for {@code /open/v1}: {@code type} names the stable {@code code}, which is
 * also a property, with the {@code field} at fault (if any), {@code detail} in the language of
 * {@code Accept-Language} (Chinese without one) and {@code messages} in both Chinese and English.
 */
@Component
public class OpenProblems {

	public static final String TYPE_BASE = "https://suretyhub.io/problems/open-api/";

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final JsonMapper json;

	OpenProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ProblemDetail problem(HttpStatus status, String code, String field, String messageKey, Object[] args,
			HttpServletRequest request) {
		String key = messageKey == null ? "openapi.error." + code : messageKey;
		String zh = messages.getMessage(key, args, key, CHINESE);
		String en = messages.getMessage(key, args, key, Locale.ENGLISH);
		var problem = ProblemDetail.forStatusAndDetail(status, english(request) ? en : zh);
		problem.setType(java.net.URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("code", code);
		if (field != null) {
			problem.setProperty("field", field);
		}
		Map<String, String> both = new LinkedHashMap<>();
		both.put("zh-CN", zh);
		both.put("en", en);
		problem.setProperty("messages", both);
		return problem;
	}

	public ProblemDetail problem(OpenApiRefusal refusal, HttpServletRequest request) {
		return problem(refusal.status(), refusal.code(), refusal.field(), null, null, request);
	}

	/** Writes the problem straight to the response (from a filter, before any controller). */
	public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.getOutputStream().write(json.writeValueAsBytes(body));
	}

	static boolean english(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		return header != null && !header.isBlank() && !"zh".equals(request.getLocale().getLanguage());
	}

}
