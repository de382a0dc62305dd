package io.suretyhub.insurer;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Journal;
import io.suretyhub.insurer.internal.Measures;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.insurer.internal.Sanction;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
@RecordApplicationEvents
class SupervisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	Reminders reminders;

	@Autowired
	Sanctions sanctions;

	@Autowired
	Measures measures;

	@Autowired
	Filings filings;

	@Autowired
	Journal journal;

	@Autowired
	InsurerChoice choice;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void monday() {
		clock.setLocal("2026-11-23T09:00:00");
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	@DisplayName("R-SUP-2/3: the second unheeded reminder proposes; confirmed → refused ≥ 1 month with the reason, public, lifting recorded")
	void secondUnheededReminderToSanctionToLifting() throws Exception {
		long id = fixtures.registered("提醒测试保险", "650100");
		AccessScope admin = fixtures.admin(id);
		long first = reminders.issue(id, "未按期录入承保台账", today().plusDays(5), fixtures.region);
		reminders.report(id, first, "已补录", admin);
		reminders.reject(first, "补录不完整", fixtures.region);
		assertThat(sanctions.proposals()).noneMatch(s -> s.insurerId() == id);

		long second = mvc.perform(post("/api/v1/insurers/" + id + "/reminders").with(as(fixtures.region)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\":\"费率报送不实\",\"respondBy\":\"" + today().plusDays(5) + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString().replaceAll("\\D", "")
			.transform(Long::parseLong);
		clock.advance(Duration.ofDays(7));
		reminders.sweep();
		assertThat(reminders.find(second).status()).isEqualTo("UNHEEDED");
		Sanction proposal = sanctions.proposals().stream().filter(s -> s.insurerId() == id).findFirst().orElseThrow();
		assertThat(reminders.find(first).sanctionId()).isEqualTo(proposal.id());
		assertThat(choice.branchFor(id, AreaCode.of("650102"), today())).isPositive();

		mvc.perform(post("/api/v1/insurers/sanctions/" + proposal.id() + "/confirm").with(as(fixtures.region)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"ban\":false,\"reason\":\"两次工作提醒仍拒不整改\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.endsOn").value(today().plusMonths(1).toString()));
		LocalDate end = today().plusMonths(1);
		for (LocalDate day : new LocalDate[] { today(), end.minusDays(1), end }) {
			assertThatThrownBy(() -> choice.branchFor(id, AreaCode.of("650102"), day))
				.isInstanceOfSatisfying(RuleViolation.class, v -> {
					assertThat(v.rule()).isEqualTo("R-SUP-3");
					assertThat(v.arguments()).contains(end.toString(), "两次工作提醒仍拒不整改");
				});
		}
		assertThat(choice.selectable(AreaCode.of("650102"), today())).noneMatch(s -> s.insurerId() == id);
		String name = filings.of(id).name();
		mvc.perform(get("/public/sanctions")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)));

		assertThatThrownBy(() -> sanctions.lift(proposal.id(), "整改完成", fixtures.region))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("insurer.sanction.tooEarly"));
		clock.setLocal(end + "T09:00:00");
		mvc.perform(post("/api/v1/insurers/sanctions/" + proposal.id() + "/lift").with(as(fixtures.region)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"整改完成，经核查合格\"}"))
			.andExpect(status().isNoContent());
		assertThat(choice.branchFor(id, AreaCode.of("650102"), today())).isPositive();
		assertThat(journal.history(id)).extracting(Journal.Entry::action)
			.contains("reminder.issue", "reminder.unheeded", "sanction.propose", "sanction.confirm", "sanction.lift");
		assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).contains("insurer.sanction.lift");
		mvc.perform(get("/public/sanctions")).andExpect(content().string(Matchers.not(Matchers.containsString(name))));
	}

	@Test
	@DisplayName("R-SUP-2: a heeded reminder (report accepted) does not count towards a proposal")
	void heededRemindersDoNotCount() {
		long id = fixtures.registered("整改测试保险", "650100");
		for (int i = 0; i < 2; i++) {
			long r = reminders.issue(id, "提醒" + i, today().plusDays(3), fixtures.region);
			reminders.report(id, r, "已整改", fixtures.admin(id));
			reminders.accept(r, fixtures.region);
			assertThat(reminders.find(r).status()).isEqualTo("HEEDED");
		}
		clock.advance(Duration.ofDays(10));
		reminders.sweep();
		assertThat(sanctions.proposals()).noneMatch(s -> s.insurerId() == id);
	}

	@Test
	@DisplayName("R-SUP-3: a rectification shorter than one month is refused; a ban refuses the insurer region-wide")
	void banRefusesRegionWide() {
		long id = fixtures.registered("禁入测试保险", "650100", "653100");
		long p1 = sanctions.propose(id, io.suretyhub.insurer.internal.SanctionTrigger.PAYOUT_OVERDUE, "支付通知书后5个工作日未支付",
				"test/" + id, fixtures.region).orElseThrow();
		assertThatThrownBy(() -> sanctions.confirm(p1, false, today().plusDays(20), "拖延赔付", fixtures.region))
			.isInstanceOf(InvalidInput.class);
		sanctions.confirm(p1, true, null, "拒绝承担保证责任，情节严重", fixtures.region);
		for (String area : new String[] { "650102", "653101" }) {
			assertThatThrownBy(() -> choice.branchFor(id, AreaCode.of(area), today()))
				.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("insurer.choice.banned"));
		}
		assertThat(sanctions.propose(id, io.suretyhub.insurer.internal.SanctionTrigger.PAYOUT_OVERDUE, "again",
				"test/" + id, null)).isEmpty();
	}

	@Test
	@DisplayName("R-SUP-3: no sanction without a person — a proposal changes nothing until confirmed; dismissal needs a reason")
	void proposalAloneChangesNothing() {
		long id = fixtures.registered("建议测试保险", "650100");
		long p = sanctions.propose(id, io.suretyhub.insurer.internal.SanctionTrigger.OFFLINE_HANDLING, "线下办理保单",
				"offline/" + id, fixtures.region).orElseThrow();
		assertThat(choice.branchFor(id, AreaCode.of("650102"), today())).isPositive();
		assertThatThrownBy(() -> sanctions.dismiss(p, " ", fixtures.region)).isInstanceOf(InvalidInput.class);
		sanctions.dismiss(p, "经核实为系统故障", fixtures.region);
		assertThat(sanctions.find(p).status()).isEqualTo("DISMISSED");
		assertThat(sanctions.find(p).decidedBy()).isEqualTo(fixtures.region.username());
	}

	@Test
	@DisplayName("R-SUP-1: a local authority records a measure with reason and evidence; only authorities may")
	void measuresByLocalAuthority() throws Exception {
		long id = fixtures.registered("约谈测试保险", "650100");
		AccessScope local = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 2, "650100");
		mvc.perform(post("/api/v1/insurers/" + id + "/measures").with(as(local)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"RECTIFY\",\"reason\":\"保后巡查不到位\",\"evidence\":\"巡查记录2026-11-20\",\"rectifyBy\":\""
					+ today().plusDays(15) + "\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/insurers/" + id + "/measures").with(as(local)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"RECTIFY\",\"reason\":\"x\",\"evidence\":\"y\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rectifyBy"));
		mvc.perform(post("/api/v1/insurers/" + id + "/measures").with(as(fixtures.admin(id))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INTERVIEW\",\"reason\":\"x\",\"evidence\":\"y\"}"))
			.andExpect(status().isForbidden());
		assertThat(measures.ofInsurer(id, local)).hasSize(1);
		assertThat(measures.ofInsurer(id, TestPrincipals.scope(Role.LOCAL_AUTHORITY, 3, "653100"))).isEmpty();
		assertThat(measures.ofInsurer(id, fixtures.region)).hasSize(1);
	}

}
