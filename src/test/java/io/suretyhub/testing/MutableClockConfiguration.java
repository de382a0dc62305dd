package io.suretyhub.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** {@code @Import} it to drive time by hand: inject {@link MutableClock} and move it. */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return MutableClock.at("2026-11-23T09:00:00");
	}

}
