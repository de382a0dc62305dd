package io.suretyhub.calendar.web;

import java.util.List;
import java.util.Locale;

import io.suretyhub.calendar.internal.InvalidArrangement;
import tools.jackson.databind.DatabindException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Malformed calendar requests answer 400 as an RFC 9457 problem detail whose {@code errors} list names
 * each field and the reason, in the caller's language.
 */
@RestControllerAdvice(assignableTypes = CalendarApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarApiErrors {

	private final MessageSource messages;

	CalendarApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalid(BindException ex, Locale locale) {
		return problem(ex.getFieldErrors()
			.stream()
			.map(error -> new FieldMessage(error.getField(),
					error.isBindingFailure() ? text("calendar.error.malformed", locale) : error.getDefaultMessage()))
			.toList(), locale);
	}

	@ExceptionHandler(InvalidArrangement.class)
	ProblemDetail invalid(InvalidArrangement ex, Locale locale) {
		return problem(ex.problems()
			.stream()
			.map(p -> new FieldMessage(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale)))
			.toList(), locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		String field = ex.getCause() instanceof DatabindException databind ? path(databind) : "body";
		return problem(List.of(new FieldMessage(field, text("calendar.error.malformed", locale))), locale);
	}

	private static String path(DatabindException ex) {
		var path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private ProblemDetail problem(List<FieldMessage> errors, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("calendar.error.detail", locale));
		problem.setProperty("errors", errors);
		return problem;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	record FieldMessage(String field, String message) {
	}

}
