package io.suretyhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.AuditEvent.Outcome;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@AuditIntegrationTest
class AuditRecordingTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditDatabase database;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void emptyTrailOutsideAnyRequest() {
		database.reset();
		RequestContextHolder.resetRequestAttributes();
	}

	@AfterEach
	void leaveThread() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	@DisplayName("An audit event published inside a committed transaction appends exactly one record")
	void eventInCommittedTransactionAppendsOneRecord() {
		clock.setLocal("2026-11-23T10:15:30.123456789");
		new TransactionTemplate(transactions).executeWithoutResult(status -> events
			.publishEvent(AuditEvent.success("organisation.create", "organisation", 42, "created Urumqi office")));

		List<AuditRecord> records = database.all();
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(record.sequence()).isEqualTo(1);
			assertThat(record.occurredAt()).isEqualTo(Instant.parse("2026-11-23T02:15:30.123456Z"));
			assertThat(record.actor()).isEqualTo("system");
			assertThat(record.sourceAddress()).isNull();
			assertThat(record.action()).isEqualTo("organisation.create");
			assertThat(record.objectType()).isEqualTo("organisation");
			assertThat(record.objectId()).isEqualTo("42");
			assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
			assertThat(record.detail()).isEqualTo("created Urumqi office");
			assertThat(record.previousHash()).isEqualTo(AuditRecord.GENESIS_HASH);
			assertThat(record.hash()).matches("[0-9a-f]{64}");
		});
	}

	@Test
	@DisplayName("The events of one transaction are appended together, in the order published; a nested new "
			+ "transaction's own events commit with it, not with the outer one")
	void eventsOfOneTransactionAppendInOrder() {
		var outer = new TransactionTemplate(transactions);
		var inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		outer.executeWithoutResult(status -> {
			events.publishEvent(AuditEvent.success("obligation.warning", "obligation", 1, "first"));
			inner.executeWithoutResult(nested -> events
				.publishEvent(AuditEvent.success("obligation.warning", "obligation", 9, "nested")));
			assertThat(database.all()).extracting(AuditRecord::detail).containsExactly("nested");
			for (int i = 2; i <= 5; i++) {
				events.publishEvent(AuditEvent.success("obligation.warning", "obligation", i, "item " + i));
			}
		});

		assertThat(database.all()).extracting(AuditRecord::detail)
			.containsExactly("nested", "first", "item 2", "item 3", "item 4", "item 5");
		assertThat(database.all()).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
		assertThat(trail.verify().recordsChecked()).isEqualTo(6);
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("A rolled-back transaction leaves no record: a record exists only for a change that committed")
	void rolledBackTransactionLeavesNoRecord() {
		var template = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> template.executeWithoutResult(status -> {
			events.publishEvent(AuditEvent.success("project.update", "project", 7, "ratio confirmed"));
			throw new IllegalStateException("the change failed");
		})).hasMessage("the change failed");
		template.executeWithoutResult(status -> {
			events.publishEvent(AuditEvent.success("project.update", "project", 8, "ratio confirmed"));
			status.setRollbackOnly();
		});

		assertThat(database.count()).isZero();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("An event outside any transaction (a failed login) is recorded, with the event's actor")
	void eventOutsideTransactionIsRecorded() {
		events.publishEvent(new AuditEvent("login", "account", null, Outcome.FAILURE, "bad password", "zhang.wei"));

		assertThat(database.all()).singleElement().satisfies(record -> {
			assertThat(record.action()).isEqualTo("login");
			assertThat(record.outcome()).isEqualTo(Outcome.FAILURE);
			assertThat(record.actor()).isEqualTo("zhang.wei");
		});
	}

	@Test
	@DisplayName("An event inside a read-only transaction (a display of personal data) is still recorded")
	void eventInReadOnlyTransactionIsRecorded() {
		var readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(
				status -> events.publishEvent(AuditEvent.success("worker.unmask", "worker", 3, "ID number shown")));

		assertThat(database.all()).extracting(AuditRecord::action).containsExactly("worker.unmask");
	}

	@Test
	@DisplayName("The actor is the signed-in user and the address the request's, whatever the event says")
	void actorAndAddressComeFromTheSignedInRequest() {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr("10.20.30.40");
		request.addHeader("X-Forwarded-For", "203.0.113.9");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		var principal = new SignedIn(new AccessScope(5, "li.na", 2, AreaCode.of("650100"), Role.LOCAL_AUTHORITY));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
					AuthorityUtils.createAuthorityList(Role.LOCAL_AUTHORITY.authority())));

		events.publishEvent(new AuditEvent("policy.view", "policy", "P-1", Outcome.SUCCESS, null, "someone.else"));

		assertThat(database.all()).singleElement().satisfies(record -> {
			assertThat(record.actor()).isEqualTo("li.na");
			assertThat(record.sourceAddress()).isEqualTo("10.20.30.40");
		});
	}

	@Test
	@DisplayName("Nobody signed in and no actor given: anonymous inside a request, system outside one")
	void anonymousInsideRequestSystemOutside() {
		events.publishEvent(new AuditEvent("sweep", null, null, Outcome.SUCCESS, null, null));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		events.publishEvent(new AuditEvent("policy.verify", "policy", "P-2", Outcome.DENIED, null, " "));

		assertThat(database.all()).extracting(AuditRecord::actor).containsExactly("system", "anonymous");
	}

	@Test
	@DisplayName("Records link to their predecessors and the chain verifies with its record count")
	void chainOfAppendsVerifies() {
		AuditRecord first = trail.append(AuditEvent.success("a", "t", 1, null));
		AuditRecord second = trail.append(AuditEvent.success("b", "t", 2, null));
		AuditRecord third = trail.append(AuditEvent.success("c", "t", 3, null));

		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(third.previousHash()).isEqualTo(second.hash());
		assertThat(database.all()).containsExactly(first, second, third);
		ChainVerification verification = trail.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.recordsChecked()).isEqualTo(3);
		assertThat(verification.firstBrokenSequence()).isNull();
	}

	record SignedIn(AccessScope scope) implements AccessScope.Holder {
	}

}
