package io.suretyhub.project;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;
import io.suretyhub.testing.Xlsx;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R-GEO-2 on every read path of projects (list, search, export, detail page, API list, API detail, a
 * guessed id), for every kind of viewer: a Urumqi (650100) official sees Urumqi's projects and never
 * Kashgar's (653100); a Tianshan county (650102) official only its county; the region official and
 * the financial regulator all; a contractor only its own; an insurer's Kashgar branch only Kashgar.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectAreaScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Projects projects;

	String token = UUID.randomUUID().toString().substring(0, 8);

	Map<String, Long> ids;

	List<Arguments> viewers;

	@BeforeAll
	void projectsInKashgarAndUrumqi() {
		long kashgarContractor = contractor("喀什建工" + token, "653101");
		long urumqiContractor = contractor("乌市建工" + token, "650102");
		ids = Map.of("kashgar", project(kashgarContractor, "喀什项目" + token, "653101"), "tianshan",
				project(urumqiContractor, "天山项目" + token, "650102"), "xinshi",
				project(urumqiContractor, "新市项目" + token, "650104"));
		viewers = List.of(
				viewer("Urumqi prefecture official", Role.LOCAL_AUTHORITY, 1, "650100", "tianshan", "xinshi"),
				viewer("Tianshan county official", Role.LOCAL_AUTHORITY, 1, "650102", "tianshan"),
				viewer("region official", Role.REGION_AUTHORITY, 1, "650000", "kashgar", "tianshan", "xinshi"),
				viewer("financial regulator", Role.FINANCIAL_REGULATOR, 1, "650000", "kashgar", "tianshan", "xinshi"),
				viewer("Kashgar contractor", Role.CONTRACTOR, kashgarContractor, "653101", "kashgar"),
				viewer("Urumqi contractor", Role.CONTRACTOR, urumqiContractor, "650102", "tianshan", "xinshi"),
				viewer("insurer staff of a Kashgar branch", Role.INSURER_STAFF, 1, "653100", "kashgar"));
	}

	@Test
	void systemAdministratorIsRefusedProjects() throws Exception {
		AccessScope admin = TestPrincipals.scope(Role.SYSTEM_ADMIN, 1, "650000");
		for (String url : List.of("/projects", "/projects/" + ids.get("kashgar"), "/api/v1/projects")) {
			assertThat(response(url, admin).getStatus()).as(url).isEqualTo(403);
		}
	}

	Stream<Arguments> viewers() {
		return viewers.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void listPage_R_GEO_2(String who, AccessScope viewer, Set<String> visible) throws Exception {
		assertShowsExactly(rows("/projects?size=100", viewer), visible);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void search_R_GEO_2(String who, AccessScope viewer, Set<String> visible) throws Exception {
		for (String key : ids.keySet()) {
			String found = rows("/projects?q=" + name(key), viewer);
			assertThat(found.contains(name(key))).as(key).isEqualTo(visible.contains(key));
		}
		assertShowsExactly(rows("/projects?q=" + token + "&area=653100", viewer),
				visible.contains("kashgar") ? Set.of("kashgar") : Set.of());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void export_R_GEO_2(String who, AccessScope viewer, Set<String> visible) throws Exception {
		var response = response("/projects/export.xlsx?q=" + token, viewer);
		assertThat(response.getStatus()).isEqualTo(200);
		assertShowsExactly(String.join("|", Xlsx.cells(response.getContentAsByteArray())), visible);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void apiList_R_GEO_2(String who, AccessScope viewer, Set<String> visible) throws Exception {
		List<String> names = JsonPath.read(body("/api/v1/projects?size=100&q=" + token, viewer), "$.content[*].name");
		assertShowsExactly(String.join("|", names), visible);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void detailPageAndApiDetail_R_GEO_2(String who, AccessScope viewer, Set<String> visible) throws Exception {
		for (String key : ids.keySet()) {
			for (String path : List.of("/projects/", "/api/v1/projects/")) {
				var response = response(path + ids.get(key), viewer);
				if (visible.contains(key)) {
					assertThat(response.getStatus()).as(path + key).isEqualTo(200);
					assertThat(response.getContentAsString()).contains(name(key));
				}
				else {
					assertLooksMissing(response, path, ids.get(key), viewer);
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void guessedIds_R_GEO_2(String who, AccessScope viewer, Set<String> visible) throws Exception {
		long highest = ids.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		for (long guess : List.of(highest + 1, highest + 10_000_000, Long.MAX_VALUE)) {
			for (String path : List.of("/projects/", "/api/v1/projects/")) {
				assertThat(response(path + guess, viewer).getStatus()).isEqualTo(404);
			}
		}
	}

	/** A hidden project answers exactly what a project that does not exist answers. */
	private void assertLooksMissing(MockHttpServletResponse hidden, String path, long id, AccessScope viewer)
			throws Exception {
		long missingId = id + 10_000_000;
		var missing = response(path + missingId, viewer);
		assertThat(hidden.getStatus()).as(path + id).isEqualTo(404).isEqualTo(missing.getStatus());
		assertThat(hidden.getContentAsString().replace("projects/" + id, "projects/ID"))
			.isEqualTo(missing.getContentAsString().replace("projects/" + missingId, "projects/ID"));
		assertThat(hidden.getErrorMessage()).isEqualTo(missing.getErrorMessage());
		assertThat(hidden.getContentAsString()).doesNotContain(token);
	}

	private void assertShowsExactly(String shown, Set<String> visible) {
		for (String key : ids.keySet()) {
			assertThat(shown.contains(name(key))).as(key + " shown").isEqualTo(visible.contains(key));
		}
	}

	private String name(String key) {
		return switch (key) {
			case "kashgar" -> "喀什项目" + token;
			case "tianshan" -> "天山项目" + token;
			default -> "新市项目" + token;
		};
	}

	private MockHttpServletResponse response(String url, AccessScope viewer) throws Exception {
		return mvc.perform(get(url).with(as(viewer))).andReturn().getResponse();
	}

	private String body(String url, AccessScope viewer) throws Exception {
		var response = response(url, viewer);
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The result table of a list page: the search box echoes the query, the table must not leak. */
	private String rows(String url, AccessScope viewer) throws Exception {
		String html = body(url, viewer);
		return html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
	}

	private Arguments viewer(String who, Role role, long organisation, String area, String... visible) {
		return Arguments.of(who, TestPrincipals.scope(role, organisation, area), Set.of(visible));
	}

	private long contractor(String name, String area) {
		return organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, name, area)
			.withCreditCode(CreditCodes.next(area)));
	}

	private long project(long contractor, String name, String area) {
		return projects.register(new ProjectRegistration(contractor, name, area, "某建设单位", "12500000.00", "某路1号",
				"HOUSING", "BUILDING", "NEW", "2026-03-01", "2027-06-30", null, null, "2026-02-20"));
	}

}
