package io.suretyhub.testing;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * When a test fails, prints the event publications its application has not completed (listener, event type,
 * status, attempts), grouped: a test that waits for a read model or a listener's effect and times out then
 * says which listener failed or is still pending, on CI as on a developer's machine. Only types and counts are
 * printed, never the events' contents (they may hold personal data).
 */
public class IncompleteEventsReport implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext context) {
		if (context.getTestException() == null || !context.hasApplicationContext()) {
			return;
		}
		var beans = context.getApplicationContext().getBeanProvider(JdbcClient.class);
		JdbcClient jdbc = beans.getIfAvailable();
		if (jdbc == null) {
			return;
		}
		try {
			List<String> rows = jdbc.sql("""
					SELECT listener_id, event_type, coalesce(status, '-'), coalesce(completion_attempts, 0), count(*)
					FROM event_publication WHERE completion_date IS NULL GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC LIMIT 40""")
				.query((rs, n) -> rs.getLong(5) + " × " + rs.getString(2) + " → " + rs.getString(1) + " [" + rs.getString(3)
						+ ", attempts " + rs.getInt(4) + "]")
				.list();
			System.err.println("Incomplete event publications after the failure of " + context.getTestMethod().getName()
					+ (rows.isEmpty() ? ": none" : ":\n  " + String.join("\n  ", rows)));
		}
		catch (RuntimeException ex) {
			System.err.println("Incomplete event publications could not be read: " + ex.getMessage());
		}
	}

}
