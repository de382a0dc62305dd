package io.suretyhub.document.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The shape of an error of the public verification API (RFC 9457), for the published description. */
@Schema(name = "PublicProblem", description = "RFC 9457 problem details")
record PublicProblem(@Schema(example = "about:blank") String type, @Schema(example = "Not Found") String title,
		@Schema(example = "404") int status, String detail,
		@Schema(example = "/public/v1/policies/WG-650100-2026-00031-000042") String instance) {
}
