package io.suretyhub.payout;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.RuleViolation;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PayoutSafetyTests {

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

	@BeforeEach
	void parties() {
		clock.setLocal("2026-11-23T09:00:00");
		f = new PayoutFixtures(organisations, projects, jdbc, "10000.00");
	}

	@Test
	@DisplayName("R-CLM-5: 50 concurrent recordings on two notices of one policy never exceed its sum insured and never count a bank reference twice")
	void fiftyConcurrentRecordings() throws Exception {
		long a = issued("A", PayoutFixtures.roster(30, "300"));
		long b = issued("B", PayoutFixtures.roster(30, "300"));
		Instant paidAt = clock.instant();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			int task = i < 40 ? i : i - 40;
			long caseId = task % 2 == 0 ? a : b;
			var record = new PaymentRecord(task / 2 + 1, "CC-" + f.token + "-" + task, new BigDecimal("300"), paidAt);
			results.add(pool.submit(() -> {
				start.await();
				try {
					return !payouts.record(caseId, record, f.staff).repeated();
				}
				catch (RuleViolation refused) {
					assertThat(refused.rule()).isEqualTo("R-CLM-5");
					return false;
				}
			}));
		}
		start.countDown();
		int recorded = 0;
		for (Future<Boolean> result : results) {
			recorded += result.get() ? 1 : 0;
		}
		pool.shutdown();
		BigDecimal remaining = jdbc.sql("SELECT remaining FROM policy WHERE id = :id").param("id", f.policyId)
			.query(BigDecimal.class).single();
		BigDecimal paid = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM payout_payment WHERE case_id IN (:a, :b)")
			.param("a", a).param("b", b).query(BigDecimal.class).single();
		int rows = jdbc.sql("SELECT count(*) FROM payout_payment WHERE case_id IN (:a, :b)").param("a", a).param("b", b)
			.query(Integer.class).single();
		assertThat(recorded).isEqualTo(33).isEqualTo(rows);
		assertThat(paid).isEqualByComparingTo("9900");
		assertThat(paid.add(remaining)).isEqualByComparingTo("10000");
		BigDecimal casePaid = jdbc.sql("SELECT SUM(insurer_paid) FROM payout_case WHERE id IN (:a, :b)").param("a", a)
			.param("b", b).query(BigDecimal.class).single();
		assertThat(casePaid).isEqualByComparingTo(paid);
	}

	@Test
	@DisplayName("R-CLM-1: a roster file with a wrong ID check character, a bad card and a duplicate row is refused naming each row and field; nothing is stored")
	void badRosterFileStoresNothing() throws Exception {
		long caseId = unpaid("F");
		String good1 = row("工人一", PayoutFixtures.idNumber(1), PayoutFixtures.card(1));
		String wrongId = PayoutFixtures.idNumber(2).substring(0, 17) + (PayoutFixtures.idNumber(2).endsWith("0") ? "1" : "0");
		String csv = "姓名,身份证号,手机号,开户银行,银行卡号,金额\n" + good1 + "\n" + row("工人二", wrongId, PayoutFixtures.card(2)) + "\n"
				+ row("工人三", PayoutFixtures.idNumber(3), "6217000000000000001") + "\n" + good1.replace("工人一", "工人四") + "\n";
		mvc.perform(multipart("/api/v1/payouts/cases/" + caseId + "/notice/roster")
			.file(new MockMultipartFile("file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(as(f.authority)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("row 2.idNumber", "row 3.bankCard",
					"row 4.idNumber", "row 4.bankCard")));
		assertThat(jdbc.sql("SELECT count(*) FROM payout_worker WHERE case_id = :id").param("id", caseId)
			.query(Integer.class).single()).isZero();
		mvc.perform(get("/api/v1/payouts/cases/" + caseId).with(as(f.authority))).andExpect(jsonPath("$.status").value("UNPAID"));
		mvc.perform(multipart("/api/v1/payouts/cases/" + caseId + "/notice/roster")
			.file(new MockMultipartFile("file", "roster.xlsx", "application/octet-stream", xlsx()))
			.with(as(f.authority)).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.workers").value(2))
			.andExpect(jsonPath("$.total").value(3500.50));
	}

	@Test
	@DisplayName("Personal data: a dump of every text column holds no plaintext ID or card number; full display only for insurer staff, audited")
	void dumpHoldsNoPlaintext() throws Exception {
		List<NewWorker> roster = PayoutFixtures.roster(5, "100");
		long caseId = issued("D", roster);
		List<String> columns = jdbc.sql("""
				SELECT format('SELECT string_agg(%I::text, '' '') FROM %I', column_name, table_name) FROM information_schema.columns
				WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'bytea', 'jsonb')""")
			.query(String.class).list();
		StringBuilder dump = new StringBuilder();
		for (String select : columns) {
			dump.append(jdbc.sql(select).query(String.class).optional().orElse("")).append('\n');
		}
		assertThat(dump).contains(roster.get(0).name());
		for (NewWorker w : roster) {
			assertThat(dump.toString()).doesNotContain(w.idNumber()).doesNotContain(w.bankCard()).doesNotContain(w.phone());
		}
		long worker = jdbc.sql("SELECT id FROM payout_worker WHERE case_id = :id AND line_no = 1").param("id", caseId)
			.query(Long.class).single();
		mvc.perform(get("/api/v1/payouts/cases/" + caseId + "/workers/" + worker + "/unmasked").with(as(f.authority)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/payouts/cases/" + caseId + "/workers/" + worker + "/unmasked").with(as(f.staff)))
			.andExpect(jsonPath("$.idNumber").value(roster.get(0).idNumber()))
			.andExpect(jsonPath("$.bankCard").value(roster.get(0).bankCard()));
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT count(*) FROM audit_record WHERE action = 'payout.worker.reveal' AND object_id = :id")
			.param("id", "" + worker).query(Integer.class).single()).isEqualTo(1));
	}

	long issued(String suffix, List<NewWorker> roster) {
		long caseId = unpaid(suffix);
		cases.issueNotice(caseId, new NoticeRequest("负责人", "经办人", null, roster), f.authority);
		return caseId;
	}

	long unpaid(String suffix) {
		long caseId = cases.decide(new NewDecision(f.projectId, "决定" + f.token + suffix, java.time.LocalDate.of(2026, 11, 20),
				java.time.LocalDate.of(2026, 11, 21), new BigDecimal("9000"), 30), f.authority);
		cases.recordUnpaid(caseId, f.authority);
		return caseId;
	}

	static String row(String name, String id, String card) {
		return name + "," + id + ",13900000001,中国农业银行," + card + ",1000";
	}

	static byte[] xlsx() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var book = new Workbook(out, "test", "1.0")) {
			var sheet = book.newWorksheet("花名册");
			String[][] rows = { { "姓名", "身份证号", "手机号", "开户银行", "银行卡号", "金额" },
					{ "工人甲", PayoutFixtures.idNumber(11), "", "中国银行", PayoutFixtures.card(11), "1500.50" },
					{ "工人乙", PayoutFixtures.idNumber(12), "13800000000", "中国银行", PayoutFixtures.card(12), "2000" } };
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < rows[r].length; c++) {
					sheet.value(r, c, rows[r][c]);
				}
			}
			book.finish();
		}
		return out.toByteArray();
	}

}
