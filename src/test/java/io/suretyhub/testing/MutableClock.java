package io.suretyhub.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests set and move by hand; zone Asia/Shanghai. */
public class MutableClock extends Clock {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.now = start;
	}

	public static MutableClock at(String localDateTimeInChina) {
		return new MutableClock(LocalDateTime.parse(localDateTimeInChina).atZone(CHINA).toInstant());
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	public void setLocal(String localDateTimeInChina) {
		this.now = LocalDateTime.parse(localDateTimeInChina).atZone(CHINA).toInstant();
	}

	public void advance(Duration duration) {
		this.now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return CHINA;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

}
