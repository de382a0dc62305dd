package io.suretyhub.policy;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.TestPrincipals;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The parties of one journey in Kashgar (653100): a contractor, the local authority, an insurer with its
 * branch there; and the API steps from project registration to an application.
 */
public class PolicyJourney {

	public final String token = UUID.randomUUID().toString().substring(0, 8);

	public final MockMvc mvc;

	public final AccessScope contractor;

	public final AccessScope authority;

	public final AccessScope insurerAdmin;

	public final AccessScope staff;

	public final long insurerId;

	public final long branchId;

	public PolicyJourney(MockMvc mvc, Organisations organisations, PolicyTestDoubles.Register register) {
		this.mvc = mvc;
		long contractorId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.CONTRACTOR, "保单测试建工" + token, "653101").withCreditCode(CreditCodes.next("653101"))
			.withContact("喀什市人民路 1 号", null, null));
		long authorityId = organisations
			.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "喀什人社" + token, "653100"));
		insurerId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.INSURER, "测试保险新疆分公司" + token, "650000").withCreditCode(CreditCodes.next("650000")));
		branchId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.INSURER_BRANCH, "测试保险喀什中心支公司" + token, "653100").withParent(insurerId));
		register.branch(insurerId, "653100", branchId);
		contractor = TestPrincipals.scope(Role.CONTRACTOR, contractorId, "653101");
		authority = TestPrincipals.scope(Role.LOCAL_AUTHORITY, authorityId, "653100");
		insurerAdmin = TestPrincipals.scope(Role.INSURER_ADMIN, insurerId, "650000");
		staff = TestPrincipals.scope(Role.INSURER_STAFF, branchId, "653100");
	}

	public long registerProject(String start, String end) throws Exception {
		String body = send(post("/api/v1/projects"), contractor, """
				{"name": "喀什市第二中学宿舍楼%s", "areaCode": "653101", "ownerName": "喀什市教育局",
				 "contractPrice": "12500000.00", "address": "喀什市人民西路 2 号", "type": "HOUSING", "works": "BUILDING",
				 "kind": "NEW", "periodStart": "%s", "periodEnd": "%s", "permitNumber": "653101202611200001",
				 "permitDate": "2026-11-20"}""".formatted(token, start, end)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	public void confirmRatio(long project) throws Exception {
		send(post("/api/v1/projects/" + project + "/ratio"), contractor, """
				{"cleanYears": 0, "realNameAccount": false}""").andExpect(status().isOk());
		send(post("/api/v1/projects/" + project + "/ratio/confirmation"), authority, "").andExpect(status().isOk());
	}

	public void fileRate(String rate, String autoLimit) throws Exception {
		send(put("/api/v1/underwriting/terms"), insurerAdmin,
				"{\"filedRate\": " + rate + ", \"autoIssueLimit\": " + autoLimit + "}").andExpect(status().isOk());
	}

	public ResultActions apply(long project, long insurer, String sum, String start, String end) throws Exception {
		return send(post("/api/v1/policies"), contractor, """
				{"projectId": %d, "insurerId": %d, "sumInsured": %s, "periodStart": "%s", "periodEnd": "%s"}"""
			.formatted(project, insurer, sum, start, end));
	}

	public long applied(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id")).longValue();
	}

	public ResultActions send(MockHttpServletRequestBuilder request, AccessScope who, String json) throws Exception {
		return mvc.perform(request.with(as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

}
