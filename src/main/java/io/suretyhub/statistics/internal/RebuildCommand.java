package io.suretyhub.statistics.internal;

import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * {@code --statistics-rebuild}: recreates the read models from the records, prints how many policies it
 * projected, closes the application and exits with 0. Without the option it does nothing; with it the web
 * server is not started (see {@link Environment}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RebuildCommand implements ApplicationRunner {

	static final String OPTION = "statistics-rebuild";

	private final Rebuild rebuild;

	private final ConfigurableApplicationContext context;

	RebuildCommand(Rebuild rebuild, ConfigurableApplicationContext context) {
		this.rebuild = rebuild;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int policies = rebuild.run();
		System.out.println("统计读模型已重建 / statistics rebuilt: " + policies + " policies");
		System.out.flush();
		System.exit(SpringApplication.exit(context, () -> 0));
	}

	/** Switches the web server off before the context is built when the option is given. */
	static class Environment implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			if (environment.containsProperty(OPTION)) {
				environment.getPropertySources()
					.addFirst(new MapPropertySource("statisticsRebuildCommand", Map.of("server.port", "-1")));
			}
		}

	}

}
