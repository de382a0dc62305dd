package io.suretyhub.journeys;

import java.time.Clock;

import io.suretyhub.identity.Accounts;
import io.suretyhub.identity.NewAccount;
import io.suretyhub.identity.internal.Base32;
import io.suretyhub.identity.internal.Totp;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.Browser;
import io.suretyhub.testing.MutableClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The platform served on a real port, a fresh headless Chromium per test, and people to sign in as. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClockConfiguration.class)
abstract class BrowserJourney {

	static final String PASSWORD = "Journey-Pass-2026!";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Clock clock;

	Browser browser;

	Browser browser() {
		browser = Browser.open("http://localhost:" + port);
		return browser;
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	long organisation(OrganisationKind kind, String name, String area) {
		return organisations.register(OrganisationRegistration.of(kind, name + " " + System.nanoTime(), area));
	}

	String person(Role role, long organisationId, String area) {
		String username = role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 10_000_000;
		accounts.register(new NewAccount(username, "测试 " + username, PASSWORD, role, organisationId, AreaCode.of(area)));
		return username;
	}

	/** Signs in with the password; answers the page the browser lands on. */
	String signIn(String username) {
		browser.get("/login").type("#username", username).type("#password", PASSWORD).click("#sign-in");
		// the login page is left, or shown again with its error: not the login page still there before the answer
		browser.await(d -> !browser.currentPath().equals("/login") || !d.findElements(By.id("login-error")).isEmpty());
		return browser.currentPath();
	}

	/** Enrols the second factor shown on the enrolment page, as an authenticator app would. */
	void enrolSecondFactor() {
		browser.awaitPath("/login/totp/enrol");
		String secret = browser.text("#secret").replace(" ", "");
		String code = Totp.code(Base32.decode(secret), Totp.step(clock.instant()));
		browser.type("#code", code).click("#confirm");
		browser.awaitPath("/");
	}

}
