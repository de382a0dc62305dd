package io.suretyhub.platform.web;

import java.util.List;
import java.util.Map;

import io.suretyhub.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * API calls with bad input answer 400 with every refused field and the reason in the caller's
 * language: {@code {"status":400, "errors":[{"field":"creditCode","reason":"…"}]}}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidInputAdvice {

	private final MessageSource messages;

	InvalidInputAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput invalid) {
		var locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = invalid.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "reason",
					messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
			.toList();
		var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("input.invalid", null, "Invalid input", locale));
		problem.setProperty("errors", errors);
		return problem;
	}

}
