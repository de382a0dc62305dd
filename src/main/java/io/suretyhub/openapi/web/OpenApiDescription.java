package io.suretyhub.openapi.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.suretyhub.openapi.internal.SigningRules;
import io.suretyhub.shared.AccessScope;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published description at {@code /v3/api-docs}: the open API, the four signature headers as the security
 * scheme (all four on every {@code /open/v1} operation), the {@code Idempotency-Key} on every such POST and the
 * problems every signed request can get (the caller's {@link AccessScope}, resolved from the signature, is no
 * parameter); and the public verification API under {@code /public/v1} (no login, no signature, rate-limited).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

	static final String SCHEME = "signature";

	private static final List<String> HEADERS = List.of(SigningRules.APP_ID, SigningRules.TIMESTAMP, SigningRules.NONCE,
			SigningRules.SIGNATURE);

	private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessScope.class);
		PROBLEMS.put("400", "Malformed input (VALIDATION_FAILED) or a missing Idempotency-Key");
		PROBLEMS.put("401", "Signature missing, invalid, stale or replayed");
		PROBLEMS.put("404", "No such record of this insurer (NOT_FOUND)");
		PROBLEMS.put("409", "The first request with this Idempotency-Key is still running");
		PROBLEMS.put("422", "A business rule refused it (RULE_VIOLATION, with the rule) or the Idempotency-Key "
				+ "was used for another request (IDEMPOTENCY_KEY_REUSED)");
	}

	@Bean
	OpenAPI openApiModel() {
		var components = new Components();
		for (String header : HEADERS) {
			components.addSecuritySchemes(header, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
				.in(SecurityScheme.In.HEADER)
				.name(header)
				.description(describe(header)));
		}
		return new OpenAPI().components(components)
			.info(new Info().title("SuretyHub Open API").version("v1")
				.description("保证保险服务与监管平台 — the signed interface for insurers' systems (/open/v1) and the "
						+ "public policy verification (/public/v1, no login, rate-limited). Signing rules, error codes "
						+ "and a worked example: docs/open-api.md."));
	}

	@Bean
	OpenApiCustomizer openApiSignedOperations() {
		return api -> {
			ModelConverters.getInstance().readAll(Problem.class).forEach(api.getComponents()::addSchemas);
			api.getPaths().forEach((path, item) -> {
				if (path.startsWith("/open/")) {
					item.readOperationsMap().forEach(OpenApiDescription::signed);
				}
			});
		};
	}

	private static void signed(PathItem.HttpMethod method, Operation operation) {
		var requirement = new SecurityRequirement();
		HEADERS.forEach(requirement::addList);
		operation.setSecurity(List.of(requirement));
		if (method == PathItem.HttpMethod.POST) {
			operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(true)
				.description("8–100 characters [A-Za-z0-9_.:-]; the same key and request return the first answer")
				.schema(new StringSchema().example("7f1c2a9e-issue-42")));
		}
		var problem = new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
		PROBLEMS.forEach((status, description) -> operation.getResponses()
			.putIfAbsent(status, new ApiResponse().description(description).content(problem)));
	}

	private static String describe(String header) {
		return switch (header) {
			case SigningRules.APP_ID -> "The app id of the insurer system";
			case SigningRules.TIMESTAMP -> "Unix time in seconds; refused when more than 5 minutes off";
			case SigningRules.NONCE -> "16–64 characters [A-Za-z0-9_-], accepted once";
			default -> "Base64 of HMAC-SHA256 (or ECDSA P-256) over method, path, canonical query, timestamp, "
					+ "nonce and hex SHA-256 of the body, joined by \\n";
		};
	}

}
