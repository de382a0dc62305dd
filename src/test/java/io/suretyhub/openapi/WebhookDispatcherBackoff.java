package io.suretyhub.openapi;

import java.time.Duration;

/** The published retry schedule (docs/open-api.md): 30 s after the first failure, doubling, at most 1 h. */
final class WebhookDispatcherBackoff {

	private WebhookDispatcherBackoff() {
	}

	static Duration after(int failures) {
		Duration wait = Duration.ofSeconds(30).multipliedBy(1L << (failures - 1));
		return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
	}

}
