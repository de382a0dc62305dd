package io.suretyhub.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

/** Runs a numbered task a given number of times on a few threads and answers the rate per second. */
final class Load {

	interface Task {

		void run(int index) throws Exception;

	}

	private Load() {
	}

	/** Runs {@code count} tasks (indexes {@code from}…) on {@code threads} threads; answers tasks per second. */
	static double rate(int threads, int from, int count, Task task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			AtomicInteger next = new AtomicInteger(from);
			long start = System.nanoTime();
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < from + count; i = next.getAndIncrement()) {
						task.run(i);
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			return count / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	static String perSecond(double rate) {
		return String.format("%.1f /s", rate);
	}

	static String percent(double ratio) {
		return String.format("%.0f %%", ratio * 100);
	}

}
