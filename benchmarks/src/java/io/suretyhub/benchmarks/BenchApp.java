package io.suretyhub.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

import io.suretyhub.SuretyHubApplication;
import io.suretyhub.insurer.InsurerFixtures;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The platform started in the benchmark's JVM as in production (main configuration only, a fresh
 * embedded PostgreSQL in a temporary directory, a random port), plus the insurer test fixtures; the
 * settings below are given as command-line arguments, so they win over application.yml. The public verification limit is
 * raised with its property {@code suretyhub.document.verifications-per-minute}: the load comes from one
 * address.
 */
public final class BenchApp implements AutoCloseable {

	static final Map<String, String> PROPERTIES = new LinkedHashMap<>();

	static {
		PROPERTIES.put("spring.config.location", "classpath:/application.yml");
		PROPERTIES.put("server.port", "0");
		PROPERTIES.put("suretyhub.demo.enabled", "false");
		PROPERTIES.put("suretyhub.embedded-db.data-dir", "");
		PROPERTIES.put("suretyhub.embedded-db.fresh-database", "true");
		PROPERTIES.put("suretyhub.seal.data-dir", "");
		PROPERTIES.put("suretyhub.obligation.sweeper.enabled", "false");
		PROPERTIES.put("suretyhub.document.verifications-per-minute", "100000000");
		PROPERTIES.put("management.endpoint.health.probes.enabled", "true");
		PROPERTIES.put("logging.level.root", "WARN");
	}

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private MockMvc mvc;

	private BenchApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static BenchApp start() {
		Bench.log("starting the platform");
		String[] arguments = PROPERTIES.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		var context = new SpringApplicationBuilder(SuretyHubApplication.class, InsurerFixtures.class)
			.initializers(c -> c.getBeanFactory().registerSingleton("benchExcludesTestClasses", new TestClassesExcluded()))
			.run(arguments);
		return new BenchApp(context);
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public URI uri(String path) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	public HttpClient http() {
		return http;
	}

	/** The JSON API through the real filter chain and controllers, without a socket (signed-in test principals). */
	public synchronized MockMvc mvc() {
		if (mvc == null) {
			mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(SecurityMockMvcConfigurers.springSecurity())
				.build();
		}
		return mvc;
	}

	@Override
	public void close() {
		context.close();
	}

	/** Keeps the test sources' configurations (test doubles) out of the component scan. */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcluded;
		}

		@Override
		public int hashCode() {
			return TestClassesExcluded.class.hashCode();
		}

	}

}
