package io.suretyhub.benchmarks;

import java.util.List;

/**
 * One benchmark of the table. {@link Bench} finds each by its class name {@code io.suretyhub.benchmarks.B<n>…}
 * (see {@link Bench#PLANNED}); one whose class is missing is printed as not yet measured.
 */
public interface Benchmark {

	/** Runs against the started platform and answers its rows of the table. */
	List<Figure> run(BenchApp app) throws Exception;

}
