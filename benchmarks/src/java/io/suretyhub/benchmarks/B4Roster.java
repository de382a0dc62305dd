package io.suretyhub.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.document.FormDocuments;
import io.suretyhub.document.PaymentNotice;
import io.suretyhub.document.SurrenderApplication.AuthorityOpinion;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.NewDecision;
import io.suretyhub.payout.NewWorker;
import io.suretyhub.payout.NoticeRequest;
import io.suretyhub.payout.PaymentNoticeIssued;
import io.suretyhub.payout.PayoutFixtures;
import io.suretyhub.payout.internal.IdNumbers;
import io.suretyhub.payout.internal.PersonalData;
import io.suretyhub.payout.internal.RosterCheck;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * B4: a payment notice with a 10,000-row roster through {@link ArrearsCases#issueNotice}: every row validated
 * (GB 11643 check character and birth date, Luhn, duplicates), the ID numbers, phones and cards encrypted and
 * hashed, the rows stored, Attachment 5 rendered with the whole roster and stored encrypted, the obligations
 * opened. One warm-up notice of 1,000 rows first; the stored row count is checked.
 */
public class B4Roster implements Benchmark {

	static final int ROWS = 10_000;

	private JdbcClient jdbc;

	private ArrearsCases cases;

	private PayoutFixtures parties;

	private LocalDate today;

	@Override
	public List<Figure> run(BenchApp app) throws Exception {
		jdbc = app.bean(JdbcClient.class);
		cases = app.bean(ArrearsCases.class);
		today = LocalDate.now(app.bean(Clock.class));
		parties = new PayoutFixtures(app.bean(Organisations.class), app.bean(Projects.class), jdbc, "900000000.00");
		Bench.log("B4: warm-up notice of 1,000 rows");
		notice(1, roster(1_000, 0));
		List<NewWorker> roster = roster(ROWS, 1_000);
		long caseId = unpaidCase(2);
		Bench.log("B4: notice of " + ROWS + " rows");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long thread = threads.getCurrentThreadCpuTime();
		long jvm = process.getProcessCpuTime();
		long start = System.nanoTime();
		PaymentNoticeIssued issued = cases.issueNotice(caseId, request(roster), parties.authority);
		long ms = (System.nanoTime() - start) / 1_000_000;
		long threadMs = (threads.getCurrentThreadCpuTime() - thread) / 1_000_000;
		long jvmMs = (process.getProcessCpuTime() - jvm) / 1_000_000;
		long stored = jdbc.sql("SELECT COUNT(*) FROM payout_worker WHERE case_id = :c AND id_cipher IS NOT NULL AND card_cipher IS NOT NULL")
			.param("c", caseId)
			.query(Long.class)
			.single();
		if (issued.workers() != ROWS || stored != ROWS) {
			throw new IllegalStateException("B4: " + stored + " rows stored, " + issued.workers() + " on the notice, not " + ROWS);
		}
		Bench.log("B4: " + ROWS + " rows → " + ms + " ms, " + stored + " stored; CPU " + threadMs + " ms (calling thread), "
				+ jvmMs + " ms (whole JVM)");
		List<Figure> figures = new ArrayList<>(parts(app, roster));
		figures.addAll(List.of(Figure.info("B4", "roster rows stored (checked in payout_worker, encrypted)", String.format("%,d", stored)),
				Figure.info("B4", "CPU time of the notice in the JVM: calling thread / whole JVM (PostgreSQL not counted)",
						String.format("%,d ms / %,d ms", threadMs, jvmMs)),
				new Figure("B4", "payment notice, 10,000-row roster validated, encrypted, rendered and stored",
						String.format("%,d ms", ms), "< 3 s", ms < 3_000)));
		return figures;
	}

	/** The parts of the notice timed alone, same roster: validation, encryption and hashing, rendering Attachment 5. */
	private List<Figure> parts(BenchApp app, List<NewWorker> roster) {
		long t = System.nanoTime();
		List<NewWorker> clean = RosterCheck.check(roster, today);
		long check = (System.nanoTime() - t) / 1_000_000;
		PersonalData personal = app.bean(PersonalData.class);
		t = System.nanoTime();
		for (NewWorker w : clean) {
			personal.encrypt(w.idNumber());
			personal.hash(w.idNumber());
			personal.encrypt(w.phone());
			personal.encrypt(w.bankCard());
			personal.hash(w.bankCard());
		}
		long crypto = (System.nanoTime() - t) / 1_000_000;
		var payees = clean.stream()
			.map(w -> new PaymentNotice.Payee(w.name(), w.idNumber(), w.phone(), w.bankCard(), new Money(w.amount())))
			.toList();
		var contractor = app.bean(Organisations.class).find(parties.contractor.organisationId()).orElseThrow();
		t = System.nanoTime();
		byte[] pdf = app.bean(FormDocuments.class).render(new PaymentNotice("ZF6531012026999999", contractor.name(),
				new CreditCode(contractor.creditCode()), "喀什市人民路 1 号", null, null, "-", null, "喀什欠薪测试工程", "测试保险",
				null, null, payees, "喀人社罚〔2026〕1 号", new AuthorityOpinion(null, "喀什市人社局", "负责人甲", "经办人乙",
						"0998-1234567", today)));
		long render = (System.nanoTime() - t) / 1_000_000;
		Bench.log("B4 parts: check " + check + " ms, crypto " + crypto + " ms, render " + render + " ms (" + pdf.length + " bytes)");
		return List.of(Figure.info("B4", "of which, alone: roster validation", String.format("%,d ms", check)),
				Figure.info("B4", "of which, alone: encryption and look-up hashes (3 + 2 per row)", String.format("%,d ms", crypto)),
				Figure.info("B4", "of which, alone: Attachment 5 rendered with 10,000 rows (" + pdf.length / 1024 + " KB)",
						String.format("%,d ms", render)));
	}

	private void notice(int n, List<NewWorker> roster) {
		cases.issueNotice(unpaidCase(n), request(roster), parties.authority);
	}

	private long unpaidCase(int n) {
		long caseId = cases.decide(new NewDecision(parties.projectId, "喀人社罚〔2026〕B4-" + parties.token + "-" + n,
				today.minusDays(10), today.minusDays(3), new BigDecimal("1000000.00"), ROWS), parties.authority);
		cases.recordUnpaid(caseId, parties.authority);
		return caseId;
	}

	private static NoticeRequest request(List<NewWorker> roster) {
		return new NoticeRequest("负责人甲", "经办人乙", "0998-1234567", roster);
	}

	/** {@code size} distinct valid rows, numbered from {@code from + 1}: each worker born on its own day. */
	static List<NewWorker> roster(int size, int from) {
		List<NewWorker> rows = new ArrayList<>(size);
		for (int n = from + 1; n <= from + size; n++) {
			String first17 = "653101" + LocalDate.of(1966, 1, 1).plusDays(n).toString().replace("-", "")
					+ String.format("%03d", n % 1000);
			rows.add(new NewWorker("工人" + n, first17 + IdNumbers.checkCharacter(first17), "139" + String.format("%08d", n),
					"中国建设银行", PayoutFixtures.card(n), new BigDecimal(2000 + n % 5000 + ".50")));
		}
		return rows;
	}

}
