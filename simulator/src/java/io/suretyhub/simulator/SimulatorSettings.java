package io.suretyhub.simulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The simulator's command line: {@code --base-url=http://localhost:8080 --app-id=sh… --secret=…
 * --webhook-secret=… [--webhook-port=8099] [--keystore=insurer.p12 --keystore-password=…] [--patience=PT30M]}.
 */
public record SimulatorSettings(String baseUrl, String appId, String secret, String webhookSecret, int webhookPort,
		String keystore, String keystorePassword, Duration patience) {

	public static SimulatorSettings parse(String... args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			options.put(arg.substring(2, eq), arg.substring(eq + 1));
		}
		return new SimulatorSettings(options.getOrDefault("base-url", "http://localhost:8080"), required(options, "app-id"),
				required(options, "secret"), required(options, "webhook-secret"),
				Integer.parseInt(options.getOrDefault("webhook-port", "8099")), options.get("keystore"),
				options.getOrDefault("keystore-password", ""), Duration.parse(options.getOrDefault("patience", "PT30M")));
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

}
