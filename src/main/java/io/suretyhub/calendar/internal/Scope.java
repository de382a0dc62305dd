package io.suretyhub.calendar.internal;

import io.suretyhub.shared.AreaCode;

/** Whose arrangement a calendar year is: the national one ({@code CN}) or a region's own holidays. */
public record Scope(String key) implements Comparable<Scope> {

	public static final Scope NATIONAL = new Scope("CN");

	public Scope {
		if (!"CN".equals(key) && !(AreaCode.isValid(key) && AreaCode.of(key).isRegion())) {
			throw new IllegalArgumentException("A calendar scope is CN or a region code: " + key);
		}
	}

	/** The national scope for {@code null}, else the region's. */
	public static Scope of(AreaCode region) {
		return region == null ? NATIONAL : new Scope(region.region().value());
	}

	public static boolean isValid(String key) {
		return "CN".equals(key) || (AreaCode.isValid(key) && AreaCode.of(key).isRegion());
	}

	public boolean national() {
		return this.equals(NATIONAL);
	}

	/** The region, or {@code null} for the national scope. */
	public AreaCode region() {
		return national() ? null : AreaCode.of(key);
	}

	/** The national scope first, then the regions by code. */
	@Override
	public int compareTo(Scope other) {
		if (national() != other.national()) {
			return national() ? -1 : 1;
		}
		return key.compareTo(other.key);
	}

	@Override
	public String toString() {
		return key;
	}

}
