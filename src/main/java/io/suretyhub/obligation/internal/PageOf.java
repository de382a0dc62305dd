package io.suretyhub.obligation.internal;

import java.util.List;

/** One page of a longer list; {@code page} counts from 0. */
public record PageOf<T>(List<T> rows, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

}
