package io.suretyhub.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON errors of {@code /api/**}: RFC 9457 problem details. Malformed input answers 400 with an
 * {@code errors} list of {@code field} and {@code reason} (in the caller's language); a broken
 * business rule answers 422 with the {@code rule}; nothing ever carries a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> fieldError(error.getField(), messages.getMessage(error, locale)))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> fieldError(parameterName(result.getMethodParameter().getParameterName()),
						messages.getMessage(error, locale))))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String message = messages.getMessage("error.field.malformed", null, LocaleContextHolder.getLocale());
		return ResponseEntity.badRequest().body(invalid(List.of(fieldError(ex.getName(), message))));
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<Object> invalidInput(InvalidInput invalid) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = invalid.problems()
			.stream()
			.map(p -> fieldError(p.field(), messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	/** A value type refused a malformed value (an amount with three decimals, a bad code): the caller's input. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> illegalArgument(IllegalArgumentException ex) {
		String message = messages.getMessage("error.field.malformed", null, LocaleContextHolder.getLocale());
		return ResponseEntity.badRequest().body(invalid(List.of(fieldError("", message))));
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<Object> ruleViolation(RuleViolation ex) {
		Locale locale = LocaleContextHolder.getLocale();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		problem.setTitle(messages.getMessage("error.rule.title", null, locale));
		problem.setProperty("rule", ex.rule());
		problem.setProperty("code", ex.messageKey());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	private ProblemDetail invalid(List<Map<String, String>> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.invalid.detail", null, locale));
		problem.setTitle(messages.getMessage("error.invalid.title", null, locale));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field == null ? "" : field, "reason", message == null ? "" : message);
	}

	private static String parameterName(String name) {
		return name == null ? "" : name;
	}


}
