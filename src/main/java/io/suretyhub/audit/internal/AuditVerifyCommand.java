package io.suretyhub.audit.internal;

import java.io.PrintStream;
import java.util.Locale;

import io.suretyhub.audit.AuditTrail;
import io.suretyhub.audit.ChainVerification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --audit-verify}: verifies the chain, prints the result in Chinese and English, closes the
 * application and exits with 0 when the chain is intact, 1 when it is broken. Without the option it
 * does nothing. Runs before every other runner (demo data, for one).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditTrail trail;

	private final MessageSource messages;

	private final ConfigurableApplicationContext context;

	private final ProcessExit exit;

	private final PrintStream out;

	@Autowired
	AuditVerifyCommand(AuditTrail trail, MessageSource messages, ConfigurableApplicationContext context,
			ObjectProvider<ProcessExit> exit) {
		this(trail, messages, context, exit.getIfAvailable(() -> System::exit), System.out);
	}

	AuditVerifyCommand(AuditTrail trail, MessageSource messages, ConfigurableApplicationContext context,
			ProcessExit exit, PrintStream out) {
		this.trail = trail;
		this.messages = messages;
		this.context = context;
		this.exit = exit;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(VerifyCommandEnvironment.OPTION)) {
			return;
		}
		ChainVerification result = trail.verify();
		out.println(VerificationMessages.describe(messages, result, Locale.SIMPLIFIED_CHINESE));
		out.println(VerificationMessages.describe(messages, result, Locale.ENGLISH));
		out.flush();
		int status = result.intact() ? 0 : 1;
		exit.exit(SpringApplication.exit(context, () -> status));
	}

}
