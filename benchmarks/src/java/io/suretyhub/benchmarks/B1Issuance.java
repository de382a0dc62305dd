package io.suretyhub.benchmarks;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.PolicySamples;
import io.suretyhub.document.internal.RawIssuance;
import io.suretyhub.insurer.InsurerFixtures;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificate;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.TestPrincipals;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * B1: e-policies per second through the whole path — {@code POST /api/v1/policies} (the contractor's
 * application, through the security filters and controller), automatic underwriting, render, hosted
 * signature, checks, storage — against the raw render + sign of the same kind of document in the same JVM,
 * both on two threads, measured alternately.
 */
public class B1Issuance implements Benchmark {

	static final int THREADS = 2;

	static final int WARMUP = 800;

	static final int ROUND = 100;

	static final int ROUNDS = 2;

	private MockMvc mvc;

	private AccessScope contractor;

	private AccessScope authority;

	private long insurerId;

	/** The part of each project's deposit payable by insurance (it falls as the contractor's record grows). */
	private final Map<Long, String> insurance = new ConcurrentHashMap<>();

	@Override
	public List<Figure> run(BenchApp app) throws Exception {
		mvc = app.mvc();
		parties(app);
		var seal = app.bean(SealCertificates.class).createHosted(insurerId, new HostedKeyRequest(PolicySamples.INSURER_NAME,
				KeyType.EC_P256));
		var raw = new RawIssuance(app.context());
		var numbers = app.bean(PolicyNumbers.class);
		int needed = WARMUP + ROUND * ROUNDS;
		apply(project(needed));
		Bench.log("B1: registering " + needed + " projects with confirmed ratios");
		List<Long> projects = new ArrayList<>(Collections.nCopies(needed, 0L));
		Load.rate(THREADS, 0, needed, i -> projects.set(i, project(i)));
		JdbcClient jdbc = app.bean(JdbcClient.class);
		long before = issued(jdbc);
		Load.rate(THREADS, 0, WARMUP, i -> rawOne(raw, numbers, seal, i));
		DbWork work = DbWork.now(jdbc);
		Load.rate(THREADS, 0, WARMUP, i -> apply(projects.get(i)));
		long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
		long[] rawCpu = new long[2];
		long[] wholeCpu = new long[2];
		double rawTime = 0;
		double wholeTime = 0;
		for (int round = 0; round < ROUNDS; round++) {
			Bench.log("B1: round " + (round + 1));
			long[] start = cpu(backend);
			rawTime += ROUND / Load.rate(THREADS, 0, ROUND, i -> rawOne(raw, numbers, seal, i));
			long[] middle = cpu(backend);
			int offset = WARMUP + round * ROUND;
			wholeTime += ROUND / Load.rate(THREADS, offset, ROUND, i -> apply(projects.get(i)));
			long[] end = cpu(backend);
			for (int k = 0; k < 2; k++) {
				rawCpu[k] += middle[k] - start[k];
				wholeCpu[k] += end[k] - middle[k];
			}
		}
		String perPolicy = DbWork.now(jdbc).since(work, WARMUP + ROUND * ROUNDS);
		long stored = issued(jdbc) - before;
		if (stored != needed) {
			throw new IllegalStateException("B1: " + needed + " applications stored " + stored + " signed policies");
		}
		double rawRate = ROUND * ROUNDS / rawTime;
		double wholeRate = ROUND * ROUNDS / wholeTime;
		double ratio = wholeRate / rawRate;
		int count = ROUND * ROUNDS;
		return List.of(Figure.info("B1", "raw render + sign, 2 threads", Load.perSecond(rawRate)),
				Figure.info("B1", "CPU per policy, raw: JVM / PostgreSQL", rawCpu[0] / count + " ms / " + rawCpu[1] / count + " ms"),
				Figure.info("B1", "CPU per policy, whole path: JVM / PostgreSQL",
						wholeCpu[0] / count + " ms / " + wholeCpu[1] / count + " ms"),
				Figure.info("B1", "PostgreSQL work per policy, whole path", perPolicy),
				new Figure("B1", "whole path (API application → automatic underwriting → render → sign → store), 2 threads",
						Load.perSecond(wholeRate), "≥ 100 /s", wholeRate >= 100),
				new Figure("B1", "whole path / raw", Load.percent(ratio), "≥ 70 %", ratio >= 0.7));
	}

	private static void rawOne(RawIssuance raw, PolicyNumbers numbers, SealCertificate seal, int i) {
		String number = String.format("WG-653100-2026-%04d-9%05d", seal.insurerId(), i);
		raw.issue(PolicySamples.policy(number, numbers.newVerificationCode(), seal.insurerId()), seal);
	}

	/** CPU time so far: this JVM's and the PostgreSQL server's, in milliseconds. */
	private static long[] cpu(long backend) {
		return new long[] { CpuTime.jvmMs(), CpuTime.postgresMs(backend) };
	}

	private static long issued(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from issued_policy_document").query(Long.class).single();
	}

	private void parties(BenchApp app) throws Exception {
		var organisations = app.bean(Organisations.class);
		long contractorId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.CONTRACTOR, "基准测试建工有限公司", "653101").withCreditCode(CreditCodes.next("653101"))
			.withContact("喀什市人民路 1 号", null, null));
		long authorityId = organisations
			.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "喀什市人力资源和社会保障局", "653100"));
		var fixtures = app.bean(InsurerFixtures.class);
		insurerId = fixtures.registered("基准财产保险股份有限公司新疆分公司", "653100");
		contractor = TestPrincipals.scope(Role.CONTRACTOR, contractorId, "653101");
		authority = TestPrincipals.scope(Role.LOCAL_AUTHORITY, authorityId, "653100");
		send(put("/api/v1/underwriting/terms"), fixtures.admin(insurerId),
				"{\"filedRate\": 0.002, \"autoIssueLimit\": 200000.00}").andExpect(status().isOk());
	}

	private long project(int i) throws Exception {
		String body = send(post("/api/v1/projects"), contractor, """
				{"name": "喀什市第二中学宿舍楼%d号", "areaCode": "653101", "ownerName": "喀什市教育局",
				 "contractPrice": "12500000.00", "address": "喀什市人民西路 2 号", "type": "HOUSING", "works": "BUILDING",
				 "kind": "NEW", "periodStart": "2027-01-01", "periodEnd": "2027-12-31", "permitNumber": "653101202611200001",
				 "permitDate": "2026-11-20"}""".formatted(i)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String ratio = send(post("/api/v1/projects/" + id + "/ratio"), contractor,
				"{\"cleanYears\": 0, \"realNameAccount\": false}")
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		insurance.put(id, JsonPath.read(ratio, "$.insurance").toString());
		send(post("/api/v1/projects/" + id + "/ratio/confirmation"), authority, "").andExpect(status().isOk());
		return id;
	}

	private void apply(long project) throws Exception {
		send(post("/api/v1/policies"), contractor, """
				{"projectId": %d, "insurerId": %d, "sumInsured": %s, "periodStart": "2027-01-01", "periodEnd": "2027-12-31"}"""
			.formatted(project, insurerId, insurance.get(project))).andDo(result -> {
				if (result.getResponse().getStatus() != 201) {
					throw new IllegalStateException("B1: the application answered " + result.getResponse().getStatus() + " "
							+ result.getResponse().getContentAsString());
				}
			});
	}

	private ResultActions send(MockHttpServletRequestBuilder request, AccessScope who, String json) throws Exception {
		return mvc.perform(request.with(as(who)).with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

}
