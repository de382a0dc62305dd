package io.suretyhub.payout;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;
import io.suretyhub.testing.Xlsx;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The case's roster and payments as Excel: masked for every role, scoped like the case page. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PayoutExportTests {

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
	Payouts payouts;

	PayoutFixtures f;

	long caseId;

	@BeforeEach
	void paidInPart() {
		clock.setLocal("2026-11-23T09:00:00");
		f = new PayoutFixtures(organisations, projects, jdbc, "50000.00");
		caseId = cases.decide(new NewDecision(f.projectId, "导出决定" + f.token, LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 11, 21), new BigDecimal("2000"), 2), f.authority);
		cases.recordUnpaid(caseId, f.authority);
		cases.issueNotice(caseId, new NoticeRequest(null, null, null, PayoutFixtures.roster(2, "1000")), f.authority);
		payouts.record(caseId, new PaymentRecord(1, "EX-" + f.token, new BigDecimal("1000"),
				clock.instant()), f.staff);
	}

	@Test
	@DisplayName("R-CLM-2 export: roster and payments sheets, ID and card numbers masked for the authority, the regulator and insurer staff")
	void maskedForEveryRole() throws Exception {
		var regulator = TestPrincipals.scope(Role.FINANCIAL_REGULATOR, f.insurerId, "650000");
		for (AccessScope viewer : List.of(f.authority, regulator, f.staff)) {
			byte[] book = export(viewer, 200);
			assertThat(Xlsx.sheets(book)).containsExactly("工人花名册", "支付记录");
			List<List<String>> roster = Xlsx.rows(book, 0);
			assertThat(roster.get(0)).containsExactly("序号", "姓名", "身份证号", "银行卡号", "开户银行", "金额", "已付",
					"银行流水号", "支付时间");
			assertThat(roster).hasSize(3);
			assertThat(roster.get(1).subList(0, 5)).containsExactly("1", "工人1", PayoutLifecycleTests.mask(PayoutFixtures.idNumber(1)),
					PayoutLifecycleTests.mask(PayoutFixtures.card(1)), "中国建设银行");
			assertThat(roster.get(1).get(7)).isEqualTo("EX-" + f.token);
			assertThat(roster.get(1).get(8)).isNotBlank();
			assertThat(roster.get(2).get(7)).isEmpty();
			assertThat(Xlsx.rows(book, 1)).hasSize(2);
			assertThat(Xlsx.rows(book, 1).get(1).get(0)).isEqualTo("EX-" + f.token);

			List<String> everything = new java.util.ArrayList<>(Xlsx.cells(book));
			Xlsx.rows(book, 1).forEach(everything::addAll);
			for (int n = 1; n <= 2; n++) {
				String id = PayoutFixtures.idNumber(n);
				String card = PayoutFixtures.card(n);
				assertThat(everything).noneMatch(cell -> cell.contains(id) || cell.contains(card)
						|| cell.contains(id.substring(4, 14)) || cell.contains(card.substring(4, 15)));
			}
		}
	}

	@Test
	@DisplayName("R-GEO-2 export: another prefecture's authority and another insurer answer 404 like a missing case; a contractor may not export")
	void scopedLikeThePage() throws Exception {
		export(f.otherAuthority, 404);
		export(TestPrincipals.scope(Role.INSURER_STAFF, f.insurerId + 100_000, "653100"), 404);
		mvc.perform(get("/payouts/999999999/roster.xlsx").with(as(f.authority))).andExpect(status().isNotFound());
		export(f.contractor, 403);
	}

	private byte[] export(AccessScope viewer, int status) throws Exception {
		return mvc.perform(get("/payouts/" + caseId + "/roster.xlsx").with(as(viewer)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
