package io.suretyhub.demo;

import java.util.List;

/** What the console shows: where to go and, on the first start only, how to sign in. */
final class DemoBanner {

	private DemoBanner() {
	}

	static String firstStart(String url, List<DemoLogin> logins) {
		var text = new StringBuilder("\n===== SuretyHub 保证保险服务与监管平台 — DEMO =====\n");
		text.append("Open ").append(url).append("\n");
		text.append("Demo logins (passwords generated now, shown this once, stored hashed — DEMO ONLY):\n");
		for (DemoLogin login : logins) {
			text.append(String.format("  %-14s %-20s %-22s %s%n", login.username(), login.password(), login.role(),
					login.organisation()));
		}
		text.append("Authorities, insurers and administrators enrol a second factor (TOTP app) at first login.\n");
		return text.append("==================================================\n").toString();
	}

	static String again(String url) {
		return "\n===== SuretyHub — DEMO =====\nOpen " + url + "\nThe demo logins were printed at the first start "
				+ "(passwords are stored hashed). Delete ./data/ to start afresh, or set SURETYHUB_DEMO_PASSWORD on an "
				+ "empty database to choose them.\n";
	}

}
