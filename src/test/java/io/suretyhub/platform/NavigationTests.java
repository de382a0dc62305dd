package io.suretyhub.platform;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.suretyhub.shared.Role;
import io.suretyhub.testing.TestPrincipals;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The grouped navigation keeps every link for exactly the roles it had when it was one flat list, and
 * every group is a Bootstrap dropdown a keyboard can open (a button with {@code data-bs-toggle}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class NavigationTests {

	private static final List<String> AUTHORITIES = List.of("REGION_AUTHORITY", "LOCAL_AUTHORITY", "FINANCIAL_REGULATOR");

	private static final List<String> INSURERS = List.of("INSURER_ADMIN", "INSURER_STAFF");

	/** The flat navigation before grouping: link → roles that saw it ({@code *} for everyone signed in). */
	private static final Map<String, List<String>> BEFORE = Map.ofEntries(
			Map.entry("/", List.of("*")), Map.entry("/inbox", List.of("*")),
			Map.entry("/projects", concat(AUTHORITIES, INSURERS, List.of("CONTRACTOR"))),
			Map.entry("/policies", concat(AUTHORITIES, INSURERS, List.of("CONTRACTOR"))),
			Map.entry("/underwriting", INSURERS), Map.entry("/underwriting/terms", List.of("INSURER_ADMIN")),
			Map.entry("/surrenders", List.of("LOCAL_AUTHORITY")),
			Map.entry("/organisations", concat(AUTHORITIES, List.of("SYSTEM_ADMIN"))),
			Map.entry("/audit", List.of("AUDIT_ADMIN")),
			Map.entry("/admin/accounts", List.of("SYSTEM_ADMIN", "SECURITY_ADMIN")),
			Map.entry("/warnings", AUTHORITIES), Map.entry("/admin/calendar", List.of("SYSTEM_ADMIN")),
			Map.entry("/insurer/filing", List.of("INSURER_ADMIN")), Map.entry("/insurer/reports", List.of("INSURER_ADMIN")),
			Map.entry("/insurer/reminders", List.of("INSURER_ADMIN")),
			Map.entry("/insurer/certificates", List.of("INSURER_ADMIN")), Map.entry("/insurers", AUTHORITIES),
			Map.entry("/ratios", List.of("LOCAL_AUTHORITY")), Map.entry("/credit-facts", AUTHORITIES),
			Map.entry("/eligibility", List.of("CONTRACTOR")), Map.entry("/patrols", concat(AUTHORITIES, INSURERS)),
			Map.entry("/historical-policies", concat(List.of("REGION_AUTHORITY", "LOCAL_AUTHORITY"), INSURERS)),
			Map.entry("/insurers/early-warning", AUTHORITIES),
			Map.entry("/payouts", concat(AUTHORITIES, INSURERS, List.of("CONTRACTOR"))),
			Map.entry("/open/systems", List.of("INSURER_ADMIN")),
			Map.entry("/open/deliveries", List.of("SYSTEM_ADMIN", "REGION_AUTHORITY")),
			Map.entry("/statistics", concat(AUTHORITIES, List.of("INSURER_ADMIN"))));

	private static final Set<String> PUBLIC = Set.of("/public/payouts", "/public/sanctions");

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("Every link stays reachable for exactly the roles that saw it before, once each")
	void sameLinksForSameRoles(Role role) throws Exception {
		Document page = page(get("/inbox").with(as(TestPrincipals.scope(role, 1, "653100"))));
		List<String> links = page.select("#main-nav a").eachAttr("href");
		Set<String> expected = new HashSet<>(PUBLIC);
		BEFORE.forEach((href, roles) -> {
			if (roles.contains("*") || roles.contains(role.name())) {
				expected.add(href);
			}
		});
		assertThat(links).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	@DisplayName("An authority's links sit in four keyboard-operable dropdowns, named in Chinese and English")
	void authorityGroupsAreDropdowns() throws Exception {
		var local = as(TestPrincipals.scope(Role.LOCAL_AUTHORITY, 1, "653100"));
		Document chinese = page(get("/inbox").with(local));
		assertThat(chinese.select("#main-nav button[data-bs-toggle=dropdown]").eachText())
			.containsExactly("项目与比例", "保单管理", "清偿与支付", "监管与统计", "公开查询");
		assertThat(chinese.select("#main-nav > a.nav-link").eachAttr("href")).containsExactly("/", "/inbox");
		assertThat(chinese.select("#nav-group-policies .dropdown-item").eachText())
			.containsExactly("保单", "退保审批", "风险巡查", "历史保单");
		assertThat(chinese.select("script[src]").eachAttr("src")).anyMatch(src -> src.endsWith("/js/bootstrap.bundle.min.js"));

		Document english = page(get("/inbox").param("lang", "en").with(local));
		assertThat(english.select("#main-nav button[data-bs-toggle=dropdown]").eachText())
			.containsExactly("Projects & ratios", "Policy management", "Arrears & payouts", "Supervision & statistics",
					"Public lookups");
	}

	@Test
	@DisplayName("An insurer administrator's groups: underwriting, claims and payouts, institution and seals, open interface")
	void insurerGroups() throws Exception {
		Document page = page(get("/inbox").with(as(TestPrincipals.scope(Role.INSURER_ADMIN, 1, "650000"))));
		assertThat(page.select("#main-nav button[data-bs-toggle=dropdown]").eachText())
			.containsExactly("承保", "理赔支付", "机构与印章", "开放接口", "公开查询");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		var result = mvc.perform(request).andReturn().getResponse();
		assertThat(result.getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getContentAsString());
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

}
