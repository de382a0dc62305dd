package io.suretyhub.audit.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started with {@code --audit-verify}, it must not serve HTTP: the web server
 * is switched off ({@code server.port=-1}) before the context is built.
 */
class VerifyCommandEnvironment implements EnvironmentPostProcessor {

	static final String OPTION = "audit-verify";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(OPTION)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("auditVerifyCommand", Map.of("server.port", "-1")));
		}
	}

}
