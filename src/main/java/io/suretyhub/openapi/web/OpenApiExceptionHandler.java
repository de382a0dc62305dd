package io.suretyhub.openapi.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.suretyhub.document.SigningRefused;
import io.suretyhub.openapi.internal.OpenApiRefusal;
import io.suretyhub.openapi.internal.OpenProblems;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.RuleViolation;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** Every error of an open API controller as a problem with a stable {@code code} (see {@link OpenProblems}). */
@RestControllerAdvice(basePackageClasses = OpenApiExceptionHandler.class)
@Order(-1)
class OpenApiExceptionHandler {

	private final OpenProblems problems;

	OpenApiExceptionHandler(OpenProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(OpenApiRefusal.class)
	ProblemDetail refusal(OpenApiRefusal refusal, HttpServletRequest request) {
		return problems.problem(refusal, request);
	}

	@ExceptionHandler(SigningRefused.class)
	ProblemDetail signingRefused(SigningRefused refused, HttpServletRequest request) {
		var problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "SIGNATURE_REFUSED", "cms", refused.messageKey(),
				refused.arguments(), request);
		problem.setProperty("rule", refused.rule());
		problem.setProperty("reason", refused.reason().name());
		return problem;
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail rule(RuleViolation violation, HttpServletRequest request) {
		var problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "RULE_VIOLATION", null, violation.messageKey(),
				violation.arguments(), request);
		problem.setProperty("rule", violation.rule());
		return problem;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, HttpServletRequest request) {
		var first = invalid.problems().get(0);
		return problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", first.field(), first.messageKey(),
				first.arguments(), request);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail notValid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		var error = ex.getBindingResult().getFieldErrors().get(0);
		var problem = problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", error.getField(), null, null, request);
		problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
			.map(e -> Map.of("field", e.getField(), "reason", String.valueOf(e.getCode())))
			.toList());
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			IllegalArgumentException.class })
	ProblemDetail malformed(Exception ex, HttpServletRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : null;
		return problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", field, null, null, request);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail other(Exception ex, HttpServletRequest request) throws Exception {
		HttpStatus status = statusOf(ex);
		if (status == null || status.is5xxServerError()) {
			throw ex;
		}
		return problems.problem(status, status == HttpStatus.NOT_FOUND ? "NOT_FOUND" : "HTTP_" + status.value(), null,
				null, null, request);
	}

	private static HttpStatus statusOf(Exception ex) {
		if (ex instanceof ErrorResponse response) {
			return HttpStatus.resolve(response.getStatusCode().value());
		}
		if (ex instanceof ResponseStatusException response) {
			return HttpStatus.resolve(response.getStatusCode().value());
		}
		ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		return annotated == null ? null : annotated.code();
	}

}
