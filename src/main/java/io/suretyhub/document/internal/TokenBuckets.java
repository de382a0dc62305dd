package io.suretyhub.document.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory token buckets, one per key (a client address): {@code capacity} requests, refilled
 * evenly over a minute. Full buckets are forgotten when many keys are held.
 */
public class TokenBuckets {

	private static final int MAX_KEYS = 10_000;

	private final int capacity;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	public TokenBuckets(int perMinute, Clock clock) {
		this.capacity = perMinute;
		this.clock = clock;
	}

	/** Takes a token for {@code key}; {@link Duration#ZERO} when allowed, else how long until one is free. */
	public Duration take(String key) {
		if (buckets.size() > MAX_KEYS) {
			long now = clock.millis();
			buckets.values().removeIf(bucket -> bucket.isFull(now));
		}
		return buckets.computeIfAbsent(key, k -> new Bucket(capacity, clock.millis())).take(clock.millis());
	}

	private final class Bucket {

		private double tokens;

		private long updated;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updated = now;
		}

		synchronized Duration take(long now) {
			refill(now);
			if (tokens >= 1) {
				tokens -= 1;
				return Duration.ZERO;
			}
			return Duration.ofMillis((long) Math.ceil((1 - tokens) * 60_000 / capacity));
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return tokens >= capacity;
		}

		private void refill(long now) {
			tokens = Math.min(capacity, tokens + (now - updated) * capacity / 60_000.0);
			updated = Math.max(updated, now);
		}

	}

}
