package io.suretyhub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import io.suretyhub.contractor.CreditFactKind;
import io.suretyhub.contractor.CreditFacts;
import io.suretyhub.contractor.Eligibility;
import io.suretyhub.contractor.NewCreditFact;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.RuleViolation;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class })
class PolicyLifecycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PolicyTestDoubles.Register register;

	@Autowired
	CreditFacts facts;

	@Autowired
	Eligibility eligibility;

	@Autowired
	Policies policies;

	@Autowired
	PolicyCalendar calendar;

	@Autowired
	MutableClock clock;

	PolicyJourney j;

	@BeforeEach
	void parties() {
		clock.setLocal("2026-11-23T09:00:00");
		j = new PolicyJourney(mvc, organisations, register);
	}

	@Test
	@DisplayName("The whole path through /api/v1: project, ratio confirmed (1.5 % base, R-PRJ-3), application, underwriting, issued policy in force (R-POL-1/2/3)")
	void wholePathThroughTheApi() throws Exception {
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.send(post("/api/v1/projects/" + project + "/ratio"), j.contractor, "{\"cleanYears\": 0, \"realNameAccount\": false}")
			.andExpect(jsonPath("$.basis").value("BASE"))
			.andExpect(jsonPath("$.amount").value(187500.00))
			.andExpect(jsonPath("$.insurance").value(187500.00))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		j.send(post("/api/v1/projects/" + project + "/ratio/confirmation"), j.authority, "")
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		j.fileRate("0.002", "null");
		mvc.perform(get("/api/v1/policies/insurers").param("projectId", "" + project).with(io.suretyhub.testing.TestPrincipals.as(j.contractor)))
			.andExpect(jsonPath("$[?(@.insurerId == " + j.insurerId + ")].branchId").value(org.hamcrest.Matchers.contains((int) j.branchId)));
		long policy = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
		mvc.perform(get("/api/v1/underwriting/queue").with(io.suretyhub.testing.TestPrincipals.as(j.staff)))
			.andExpect(jsonPath("$[?(@.id == " + policy + ")].status").value(org.hamcrest.Matchers.contains("APPLIED")));
		j.send(post("/api/v1/policies/" + policy + "/issue"), j.staff, "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.number").value("WG-TEST-" + policy))
			.andExpect(jsonPath("$.premium").value(375.00));
		clock.setLocal("2027-01-01T00:30:00");
		calendar.advance(LocalDate.of(2027, 1, 1));
		mvc.perform(get("/api/v1/policies/" + policy).with(io.suretyhub.testing.TestPrincipals.as(j.contractor)))
			.andExpect(jsonPath("$.status").value("IN_FORCE"))
			.andExpect(jsonPath("$.remaining").value(187500.00));
	}

	@Test
	@DisplayName("R-POL-3: shorter than one year, or not covering the construction period, is refused with the rule named; R-INS-3/4 from branchFor likewise")
	void periodAndInsurerRefusals() throws Exception {
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-30")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("R-POL-3"));
		j.apply(project, j.insurerId, "187500.00", "2027-02-01", "2028-01-31")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("R-POL-3"));
		j.apply(project, j.insurerId + 100_000, "187500.00", "2027-01-01", "2027-12-31")
			.andExpect(jsonPath("$.rule").value("R-INS-4"));
		register.suspend(j.insurerId);
		j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31")
			.andExpect(jsonPath("$.rule").value("R-INS-3"));
		j.apply(project, j.insurerId, "187500.01", "2027-01-01", "2027-12-31").andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("R-ELG-1: an Article 8 fact 23 months ago refuses the application naming it; the same fact 25 months ago does not count")
	void eligibilityWindow() throws Exception {
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		record(j, "2024-10-20");
		j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));

		PolicyJourney other = new PolicyJourney(mvc, organisations, register);
		long second = other.registerProject("2027-01-01", "2027-12-31");
		other.confirmRatio(second);
		record(other, "2024-12-23");
		other.apply(second, other.insurerId, "187500.00", "2027-01-01", "2027-12-31")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("R-ELG-1"))
			.andExpect(jsonPath("$.detail").value(containsString("(2) 2024-12-23")));
		mvc.perform(get("/api/v1/eligibility").with(io.suretyhub.testing.TestPrincipals.as(other.contractor)))
			.andExpect(jsonPath("$.reasons.length()").value(1))
			.andExpect(jsonPath("$.reasons[0].kind").value("UNRESOLVED_COMPLAINT"));
	}

	private void record(PolicyJourney journey, String day) throws Exception {
		journey.send(post("/api/v1/credit-facts"), journey.authority, """
				{"contractorId": %d, "kind": "UNRESOLVED_COMPLAINT", "occurredOn": "%s", "evidence": "喀人社投诉 2024-118 号",
				 "source": "喀什地区人社局劳动监察支队"}""".formatted(journey.contractor.organisationId(), day))
			.andExpect(status().isCreated());
	}

	@Test
	@DisplayName("R-POL-7: no surrender without the local authority's approved application, by the API, for the contractor or the insurer")
	void surrenderOnlyWithApproval() throws Exception {
		long policy = issued();
		j.send(post("/api/v1/policies/" + policy + "/surrender"), j.contractor, "")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R-POL-7"));
		j.send(post("/api/v1/policies/" + policy + "/surrender"), j.staff, "")
			.andExpect(jsonPath("$.rule").value("R-POL-7"));
		j.send(post("/api/v1/policies/" + policy + "/surrender-request"), j.contractor, "{\"reason\": \"工程变更\"}")
			.andExpect(jsonPath("$.status").value("SURRENDER_REQUESTED"));
		j.send(post("/api/v1/policies/" + policy + "/surrender"), j.contractor, "")
			.andExpect(jsonPath("$.rule").value("R-POL-7"));
		j.send(post("/api/v1/policies/" + policy + "/surrender-approval"), j.authority, "")
			.andExpect(jsonPath("$.surrenderApproved").value(true));
		j.send(post("/api/v1/policies/" + policy + "/surrender"), j.contractor, "")
			.andExpect(jsonPath("$.status").value("SURRENDERED"));
	}

	@Test
	@DisplayName("R-POL-6: expiry without renewal while the project is unfinished records the R-ELG-1 (3) fact once; a renewal makes it RENEWED")
	void expiryAndRenewal() throws Exception {
		long policy = issued();
		Application draft = policies.renewalDraft(policy, j.contractor);
		assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2028, 1, 1));
		clock.setLocal("2028-01-02T08:00:00");
		calendar.advance(LocalDate.of(2028, 1, 2));
		calendar.advance(LocalDate.of(2028, 1, 2));
		assertThat(policies.find(policy, j.contractor).orElseThrow().status()).isEqualTo(PolicyStatus.EXPIRED);
		assertThat(facts.between(j.contractor.organisationId(), LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 2)))
			.extracting(f -> f.kind())
			.containsExactly(CreditFactKind.RENEWAL_MISSED);
		assertThat(eligibility.check(j.contractor.organisationId(), LocalDate.of(2028, 1, 2)).eligible()).isFalse();
	}

	@Test
	@DisplayName("R-CLM-5: payouts reduce the remaining sum insured, never below zero; used up, the policy is exhausted")
	void reduceRemaining() throws Exception {
		long policy = issued();
		clock.setLocal("2027-01-01T00:30:00");
		calendar.advance(LocalDate.of(2027, 1, 1));
		assertThat(policies.reduceRemaining(policy, Money.yuan("100000.00"))).isEqualTo(Money.yuan("100000.00"));
		assertThat(policies.reduceRemaining(policy, Money.yuan("100000.00"))).isEqualTo(Money.yuan("87500.00"));
		Policy p = policies.find(policy, j.contractor).orElseThrow();
		assertThat(p.remaining()).isEqualTo(Money.ZERO);
		assertThat(p.status()).isEqualTo(PolicyStatus.EXHAUSTED);
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> policies.reduceRemaining(policy, Money.yuan("1.00")))
			.satisfies(e -> assertThat(e.rule()).isEqualTo("R-CLM-5"));
	}

	@Test
	@DisplayName("R-SUP-3: a filed rate below the floor is refused; automatic underwriting issues at once below the limit for a contractor without facts")
	void rateFloorAndAutomaticIssue() throws Exception {
		j.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/underwriting/terms"),
				j.insurerAdmin, "{\"filedRate\": 0.0001}")
			.andExpect(jsonPath("$.rule").value("R-SUP-3"));
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		j.fileRate("0.002", "200000.00");
		long policy = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
		Policy p = policies.find(policy, j.contractor).orElseThrow();
		assertThat(p.status()).isEqualTo(PolicyStatus.ISSUED);
		assertThat(p.underwritten().underwriter()).isEqualTo("auto");
	}

	private long issued() throws Exception {
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		j.fileRate("0.002", "null");
		long policy = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
		j.send(post("/api/v1/policies/" + policy + "/issue"), j.staff, "{}").andExpect(status().isOk());
		return policy;
	}

}
