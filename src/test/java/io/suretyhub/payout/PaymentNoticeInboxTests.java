package io.suretyhub.payout;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.Projects;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** An issued payment notice puts one message in the inbox of the insurer's branch that must pay (R-CLM-2). */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PaymentNoticeInboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ArrearsCases cases;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@DisplayName("R-CLM-2 inbox: the branch is told once, with the 5-working-day due date; a redelivered event adds nothing")
	void branchIsToldExactlyOnce() throws Exception {
		clock.setLocal("2026-11-23T09:00:00");
		var f = new PayoutFixtures(organisations, projects, jdbc, "50000.00");
		long caseId = cases.decide(new NewDecision(f.projectId, "通知消息" + f.token, LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 11, 21), new BigDecimal("1000"), 1), f.authority);
		cases.recordUnpaid(caseId, f.authority);
		PaymentNoticeIssued issued = cases.issueNotice(caseId,
				new NoticeRequest(null, null, null, PayoutFixtures.roster(1, "1000")), f.authority);

		await().atMost(Duration.ofSeconds(30)).until(() -> messages(f.branchId, caseId).size() == 1);
		assertThat(messages(f.branchId, caseId)).containsExactly("OPENED R-CLM-2 2026-11-30");
		mvc.perform(get("/inbox").with(as(f.staff)))
			.andExpect(content().string(containsString("R-CLM-2（payment-notice/" + caseId + "）：期限已开始，须于 2026-11-30 24:00 前办结。")));

		transactions.executeWithoutResult(status -> events.publishEvent(issued));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
			.until(() -> messages(f.branchId, caseId).size() == 1);
		assertThat(messages(f.insurerId, caseId)).isEmpty();
		assertThat(messages(f.contractor.organisationId(), caseId)).isEmpty();
	}

	/** The branch's inbox messages about this case's notice: kind, rule and due date. */
	private List<String> messages(long organisation, long caseId) {
		return jdbc.sql("""
				select i.kind || ' ' || o.rule || ' ' || o.due_date from obligation_inbox_item i
				join obligation o on o.id = i.obligation_id
				where i.recipient_organisation = :org and o.subject_type = 'payment-notice' and o.subject_id = :case""")
			.param("org", organisation)
			.param("case", "" + caseId)
			.query(String.class)
			.list();
	}

}
