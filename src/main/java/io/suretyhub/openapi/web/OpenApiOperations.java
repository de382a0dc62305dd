package io.suretyhub.openapi.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Marks an open API controller for the description: its operations may answer with the problems every
 * signed request can get ({@link OpenApiDescription} adds the signature headers and the Idempotency-Key).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "400", description = "Malformed input (VALIDATION_FAILED) or a missing Idempotency-Key",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "Signature missing, invalid, stale or replayed",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No such record of this insurer (NOT_FOUND)",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "409", description = "The first request with this Idempotency-Key is still running",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "422", description = "A business rule refused it (RULE_VIOLATION, with the rule) or the "
		+ "Idempotency-Key was used for another request (IDEMPOTENCY_KEY_REUSED)",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public @interface OpenApiOperations {

}
