package io.suretyhub.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** Prints the results as a Markdown table, with the machine and the date, ready for docs/benchmarks.md. */
final class Table {

	private Table() {
	}

	static void print(List<Figure> figures, Duration took) {
		var out = new StringBuilder("\n");
		out.append("Date: ").append(LocalDateTime.now().withNano(0)).append(" UTC · machine: ")
			.append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
			.append(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
					? os.getTotalMemorySize() / (1024 * 1024 * 1024) + " GB" : "? GB")
			.append(" memory, JDK ").append(System.getProperty("java.vm.version"))
			.append(" · load average at the end ").append(String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
			.append(" · run took ").append(took.toSeconds()).append(" s\n\n");
		out.append("| | figure | measured | target | |\n|---|---|---|---|---|\n");
		for (Figure f : figures) {
			out.append("| ").append(f.id()).append(" | ").append(f.what()).append(" | ").append(f.value()).append(" | ")
				.append(f.target()).append(" | ").append(f.verdict()).append(" |\n");
		}
		System.out.println(out);
	}

}
