package io.suretyhub.openapi;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.LocalDate;

import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.internal.PublicVerification;
import io.suretyhub.insurer.InsurerFixtures;
import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.NewDecision;
import io.suretyhub.payout.NoticeRequest;
import io.suretyhub.payout.PayoutFixtures;
import io.suretyhub.policy.Application;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Underwriting;
import io.suretyhub.project.DepositRatios;
import io.suretyhub.project.ProjectRegistration;
import io.suretyhub.project.Projects;
import io.suretyhub.project.RatioSubmission;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestCertificates;
import io.suretyhub.testing.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform on a real port for an insurer's system outside it: a registered insurer with its branch in
 * Kashgar, a hosted seal key and a filed rate of 0.2 %, a contractor's application for a project under way
 * (2026-11-01 to 2027-10-31, so that the policy takes effect on the next sweep), and a payment notice on
 * the policy. Webhooks are dispatched every half second, the policy calendar sweeps every second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "suretyhub.openapi.webhooks.interval=PT0.5S", "suretyhub.policy.sweep-cron=* * * * * *" })
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
abstract class OpenApiOnPort {

	static final String KEY_STORE_PASSWORD = "insurer-own-key";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	SealCertificates seals;

	@Autowired
	Underwriting underwriting;

	@Autowired
	Projects projects;

	@Autowired
	DepositRatios ratios;

	@Autowired
	Policies policies;

	@Autowired
	InsurerSystems systems;

	@Autowired
	ArrearsCases cases;

	@Autowired
	PolicyDocuments documents;

	@Autowired
	PublicVerification verification;

	@Autowired
	JdbcClient jdbc;

	long insurerId;

	AccessScope admin;

	AccessScope authority;

	long projectId;

	/** A seal certificate of the insurer's own (on file at the platform) and its key in a PKCS#12 file. */
	Path ownSealKeyStore(Path dir) throws Exception {
		var key = TestCertificates.seal("开放接口保险自有签章", clock.instant().minus(Duration.ofDays(30)),
				clock.instant().plus(Duration.ofDays(700)));
		seals.register(insurerId, key.pem().getBytes());
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("seal", key.privateKey(), KEY_STORE_PASSWORD.toCharArray(), new Certificate[] { key.certificate() });
		Path file = dir.resolve("insurer-seal.p12");
		try (var out = Files.newOutputStream(file)) {
			store.store(out, KEY_STORE_PASSWORD.toCharArray());
		}
		return file;
	}

	/** The insurer and a contractor's application to it, waiting for the result; answers the application's id. */
	long application() {
		clock.setLocal("2026-11-23T09:00:00");
		insurerId = fixtures.registered("开放接口保险", "653100");
		admin = fixtures.admin(insurerId);
		seals.createHosted(insurerId, new HostedKeyRequest(organisations.find(insurerId).orElseThrow().name(), KeyType.EC_P256));
		underwriting.setTerms(new BigDecimal("0.002"), null, admin);
		long contractorId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.CONTRACTOR, "开放接口建工 " + System.nanoTime(), "653101")
			.withCreditCode(CreditCodes.next("653101"))
			.withContact("喀什市人民路 1 号", null, null));
		long authorityId = organisations.register(
				OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "喀什市人社局 " + System.nanoTime(), "653100"));
		authority = TestPrincipals.scope(Role.LOCAL_AUTHORITY, authorityId, "653100");
		AccessScope contractor = TestPrincipals.scope(Role.CONTRACTOR, contractorId, "653101");
		projectId = projects.register(new ProjectRegistration(contractorId, "喀什市第四中学食堂 " + System.nanoTime(),
				"653101", "喀什市教育局", "12500000.00", "喀什市人民西路 4 号", "HOUSING", "BUILDING", "NEW", "2026-11-01",
				"2027-10-31", "653101202610200001", "2026-10-20", null));
		ratios.submit(projectId, new RatioSubmission(0, false, null, null, null), contractor);
		ratios.confirm(projectId, authority);
		return policies.apply(new Application(projectId, insurerId, Money.yuan("187500.00"), LocalDate.parse("2026-11-01"),
				LocalDate.parse("2027-10-31"), null), contractor);
	}

	/** The insurer's system: app id and secret, and a webhook to {@code url} when given (then its secret). */
	String[] system(String url) {
		var issued = systems.register("承保核心系统", admin);
		long systemId = systems.list(admin).stream().filter(s -> s.appId().equals(issued.appId())).findFirst()
			.orElseThrow().id();
		String webhookSecret = url == null ? null : systems.webhook(systemId, url, admin);
		return new String[] { issued.appId(), issued.secret(), webhookSecret };
	}

	/** The local authority's decision, the contractor's failure to pay and the notice to the insurer (R-CLM-1). */
	long notice(int workers, String amount) {
		long caseId = cases.decide(new NewDecision(projectId, "喀人社责令〔2026〕" + System.nanoTime() % 100000 + "号",
				LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-21"),
				new BigDecimal(amount).multiply(BigDecimal.valueOf(workers)), workers), authority);
		cases.recordUnpaid(caseId, authority);
		cases.issueNotice(caseId, new NoticeRequest("负责人甲", "经办人乙", "0998-1234567",
				PayoutFixtures.roster(workers, amount)), authority);
		return caseId;
	}

	String status(long policyId) {
		return jdbc.sql("SELECT status FROM policy WHERE id = :id").param("id", policyId).query(String.class).single();
	}

	/** The subject of the certificate that signed the e-policy, when its signature verifies; else {@code null}. */
	String verifiedSigner(String number) {
		var report = verification.verify(documents.content(number).orElseThrow());
		return report.verified() ? report.signer() : null;
	}

	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

}
