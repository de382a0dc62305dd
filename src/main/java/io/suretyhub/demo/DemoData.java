package io.suretyhub.demo;

import java.io.PrintStream;
import java.util.List;

import io.suretyhub.identity.Accounts;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.Projects;

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

	private final DemoSettings settings;

	private final Accounts accounts;

	private final Organisations organisations;

	private final Projects projects;

	private final TransactionTemplate transaction;

	private final Environment environment;

	DemoData(DemoSettings settings, Accounts accounts, Organisations organisations, Projects projects,
			TransactionTemplate transaction, Environment environment) {
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
		List<DemoLogin> logins = transaction.execute(status -> create());
		PrintStream console = System.out;
		console.println(DemoBanner.firstStart(url(), logins));
	}

	private List<DemoLogin> create() {
		var demoAccounts = new DemoAccounts(accounts, settings.password());
		var demoOrganisations = new DemoOrganisations(organisations, demoAccounts);
		demoOrganisations.authorities();
		demoOrganisations.insurers();
		new DemoProjects(projects).register(demoOrganisations.contractors());
		return demoAccounts.opened();
	}

	private String url() {
		return "http://localhost:" + environment.getProperty("local.server.port", "8080");
	}

}
