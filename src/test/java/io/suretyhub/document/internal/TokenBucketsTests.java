package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.suretyhub.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-POL-5: public verification allows 30 requests a minute per address, refilled evenly")
class TokenBucketsTests {

	@Test
	void allowsTheCapacityThenRefillsOverTheMinute() {
		var clock = MutableClock.at("2026-11-23T09:00:00");
		var buckets = new TokenBuckets(30, clock);
		for (int i = 0; i < 30; i++) {
			assertThat(buckets.take("a")).isZero();
		}
		assertThat(buckets.take("a")).isEqualTo(Duration.ofSeconds(2));
		assertThat(buckets.take("b")).isZero();
		clock.advance(Duration.ofSeconds(2));
		assertThat(buckets.take("a")).isZero();
		assertThat(buckets.take("a")).isPositive();
		clock.advance(Duration.ofMinutes(5));
		for (int i = 0; i < 30; i++) {
			assertThat(buckets.take("a")).isZero();
		}
		assertThat(buckets.take("a")).isPositive();
	}

}
