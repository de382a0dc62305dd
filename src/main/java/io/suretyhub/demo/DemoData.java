package io.suretyhub.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.identity.Accounts;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.Projects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills an empty database with the demo and prints the logins once, when the application is ready. */
@Component
@EnableConfigurationProperties(DemoSettings.class)
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoSettings settings;

	private final Accounts accounts;

	private final Organisations organisations;

	private final Projects projects;

	private final DemoServices services;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final Environment environment;

	DemoData(DemoSettings settings, Accounts accounts, Organisations organisations, Projects projects,
			DemoServices services, Clock clock, TransactionTemplate transaction, Environment environment) {
		this.services = services;
		this.clock = clock;
		this.settings = settings;
		this.accounts = accounts;
		this.organisations = organisations;
		this.projects = projects;
		this.transaction = transaction;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!settings.enabled()) {
			return;
		}
		if (accounts.exists("region")) {
			System.out.println(DemoBanner.again(url()));
			return;
		}
		long started = System.nanoTime();
		List<DemoLogin> logins = transaction.execute(status -> create());
		log.info("Demo data created in {} ms", java.time.Duration.ofNanos(System.nanoTime() - started).toMillis());
		PrintStream console = System.out;
		console.println(DemoBanner.firstStart(url(), logins));
	}

	private List<DemoLogin> create() {
		var demoAccounts = new DemoAccounts(accounts, settings.password());
		var demoOrganisations = new DemoOrganisations(organisations, demoAccounts);
		demoOrganisations.authorities();
		List<Long> insurers = new DemoInsurers(demoOrganisations, demoAccounts, services.onboarding(), services.seals(),
				services.underwriting()).create(LocalDate.now(clock));
		List<Long> projectIds = new DemoProjects(projects).register(demoOrganisations.contractors());
		new DemoPolicies(demoAccounts, services.ratios(), projects, services.policies(), services.underwriting())
			.create(projectIds, insurers);
		return demoAccounts.opened();
	}

	private String url() {
		return "http://localhost:" + environment.getProperty("local.server.port", "8080");
	}

}
