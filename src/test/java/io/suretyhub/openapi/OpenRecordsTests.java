package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.policy.PolicyJourney;
import io.suretyhub.policy.PolicyTestDoubles;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "suretyhub.openapi.webhooks.enabled=false")
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class, io.suretyhub.insurer.InsurerFixtures.class })
class OpenRecordsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PolicyTestDoubles.Register register;

	@Autowired
	InsurerSystems systems;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	PolicyJourney j;

	SignedMvc system;

	@BeforeEach
	void insurerWithSystem() {
		clock.setLocal("2026-11-23T09:00:00");
		j = new PolicyJourney(mvc, organisations, register);
		var issued = systems.register("核心业务系统", j.insurerAdmin);
		system = SignedMvc.hmac(mvc, clock, issued.appId(), issued.secret());
	}

	@Test
	@DisplayName("R-POL-8: the insurer's system reports a patrol on its own issued policy; not on an unissued or another insurer's one")
	void patrols_R_POL_8() throws Exception {
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		j.fileRate("0.002", "null");
		long policy = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
		String patrol = """
				{"policyId": %d, "kind": "SITE_INSPECTION", "heldOn": "2026-11-23", "findings": "工资专户按月发放", "followUp": ""}"""
			.formatted(policy);
		system.post("/open/v1/patrols", patrol, "patrol-early-" + policy)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("R-POL-8"));
		system.post("/open/v1/applications/" + policy + "/issue", "{\"underwriter\":\"王核保\"}", "issue-open-" + policy)
			.andExpect(status().isOk());

		system.post("/open/v1/patrols", patrol, "patrol-" + policy)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber());
		assertThat(jdbc.sql("SELECT count(*) FROM policy_patrol WHERE policy_id = :p").param("p", policy)
			.query(Integer.class).single()).isEqualTo(1);
		system.post("/open/v1/patrols", patrol.replace("2026-11-23", "2026-11-24"), "patrol-future-" + policy)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.field").value("heldOn"));

		var other = new PolicyJourney(mvc, organisations, register);
		var otherIssued = systems.register("其他系统", other.insurerAdmin);
		SignedMvc.hmac(mvc, clock, otherIssued.appId(), otherIssued.secret())
			.post("/open/v1/patrols", patrol, "other-patrol-" + policy)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOT_FOUND"));
	}

	@Test
	@DisplayName("R-POL-9: historical policies as JSON rows are stored all or none, with a report per bad row and field; a workbook too")
	void historicalImport_R_POL_9() throws Exception {
		String good = row("H-" + j.token + "-1", "2024-01-01");
		String bad = row("H-" + j.token + "-2", "2024-13-01");
		system.post("/open/v1/historical-policies", "{\"fileName\":\"接口导入\",\"rows\":[" + good + "," + bad + "]}",
				"hist-bad-" + j.token)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("IMPORT_REJECTED"))
			.andExpect(jsonPath("$.rule").value("R-POL-9"))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].field").value("periodStart"))
			.andExpect(jsonPath("$.problems[0].value").value("2024-13-01"))
			.andExpect(jsonPath("$.problems[0].messages.zh-CN").isNotEmpty())
			.andExpect(jsonPath("$.problems[0].messages.en").isNotEmpty());
		assertThat(registered("H-" + j.token + "-%")).isZero();

		system.post("/open/v1/historical-policies", "{\"rows\":[" + good + "]}", "hist-good-" + j.token)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rows").value(1));
		assertThat(registered("H-" + j.token + "-%")).isEqualTo(1);

		String csv = "保单号,保险机构,投保人,统一社会信用代码,项目名称,地区代码,保险金额,保险费,起期,止期,出单日期\r\n"
				+ "W-" + j.token + ",," + "喀什建工,%s,宿舍楼,653101,187500.00,375.00,2024-01-01,2024-12-31,2023-12-20\r\n"
					.formatted(CreditCodes.next("653101"));
		system.post("/open/v1/historical-policies", "{\"fileName\":\"历史.csv\",\"workbook\":\""
				+ Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)) + "\"}", "hist-file-" + j.token)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rows").value(1));
		system.post("/open/v1/historical-policies", "{\"rows\":[],\"workbook\":\"AAAA\"}", "hist-both-" + j.token)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("rows"));
	}

	private int registered(String pattern) {
		return jdbc.sql("SELECT count(*) FROM historical_policy WHERE number LIKE :n").param("n", pattern)
			.query(Integer.class).single();
	}

	private static String row(String number, String start) {
		return """
				{"number": "%s", "contractorName": "喀什建工", "creditCode": "%s", "projectName": "宿舍楼",
				 "areaCode": "653101", "sumInsured": "187500.00", "premium": "375.00", "periodStart": "%s",
				 "periodEnd": "2024-12-31", "issuedOn": "2023-12-20"}""".formatted(number, CreditCodes.next("653101"), start);
	}

}
