package io.suretyhub.organisation;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;
import io.suretyhub.testing.Xlsx;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * R-GEO-2 on every read path of organisations: a Urumqi (650100) local official never sees a Kashgar
 * (653100) organisation, by list, search, filter, export, API or a guessed id; the region official
 * sees both; a contractor only its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationAreaScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	String token = UUID.randomUUID().toString().substring(0, 8);

	long kashgar;

	long urumqi;

	String kashgarName = "喀什测试建设公司" + token;

	String kashgarCreditCode = CreditCodes.next("653101");

	String urumqiName = "乌鲁木齐测试建设公司" + token;

	AccessScope urumqiOfficial;

	AccessScope regionOfficial;

	AccessScope kashgarContractor;

	@BeforeAll
	void organisationsInBothPrefectures() {
		kashgar = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, kashgarName, "653101")
			.withCreditCode(kashgarCreditCode));
		urumqi = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, urumqiName, "650102")
			.withCreditCode(CreditCodes.next("650102")));
		long urumqiBureau = organisations
			.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "乌鲁木齐市人社局" + token, "650100"));
		long regionBureau = organisations
			.register(OrganisationRegistration.of(OrganisationKind.REGION_AUTHORITY, "自治区人社厅" + token, "650000"));
		urumqiOfficial = TestPrincipals.scope(Role.LOCAL_AUTHORITY, urumqiBureau, "650100");
		regionOfficial = TestPrincipals.scope(Role.REGION_AUTHORITY, regionBureau, "650000");
		kashgarContractor = TestPrincipals.scope(Role.CONTRACTOR, kashgar, "653101");
	}

	@Test
	@DisplayName("R-GEO-2 list page: the Urumqi official sees Urumqi, not Kashgar; the region official both")
	void listPage_R_GEO_2() throws Exception {
		assertThat(rows("/organisations?size=100", urumqiOfficial)).contains(urumqiName).doesNotContain(kashgarName);
		assertThat(rows("/organisations?size=100", regionOfficial)).contains(urumqiName, kashgarName);
	}

	@Test
	@DisplayName("R-GEO-2 search: searching a Kashgar name, credit code or area from Urumqi finds nothing")
	void search_R_GEO_2() throws Exception {
		assertThat(rows("/organisations?q=" + kashgarName, urumqiOfficial)).doesNotContain(kashgarName);
		assertThat(rows("/organisations?q=" + kashgarCreditCode, urumqiOfficial)).doesNotContain(kashgarName);
		assertThat(rows("/organisations?area=653100&kind=CONTRACTOR", urumqiOfficial)).doesNotContain(kashgarName);
		assertThat(rows("/organisations?q=" + kashgarName, regionOfficial)).contains(kashgarName);
		assertThat(rows("/organisations?q=" + kashgarCreditCode.toLowerCase(), regionOfficial)).contains(kashgarName);
		assertThat(rows("/organisations?area=653100&kind=CONTRACTOR", regionOfficial)).contains(kashgarName)
			.doesNotContain(urumqiName);
	}

	@Test
	@DisplayName("R-GEO-2 export: the Urumqi official's Excel file holds no Kashgar organisation")
	void export_R_GEO_2() throws Exception {
		assertThat(export("/organisations/export.xlsx", urumqiOfficial)).contains(urumqiName).doesNotContain(kashgarName);
		assertThat(export("/organisations/export.xlsx?q=" + kashgarName, urumqiOfficial)).doesNotContain(kashgarName);
		assertThat(export("/organisations/export.xlsx", regionOfficial)).contains(urumqiName, kashgarName);
	}

	@Test
	@DisplayName("R-GEO-2 API list: the same scope as the pages")
	void apiList_R_GEO_2() throws Exception {
		assertThat(apiNames("/api/v1/organisations?size=100&q=" + token, urumqiOfficial)).contains(urumqiName)
			.doesNotContain(kashgarName);
		assertThat(apiNames("/api/v1/organisations?area=653100", urumqiOfficial)).isEmpty();
		assertThat(apiNames("/api/v1/organisations?size=100&q=" + token, regionOfficial)).contains(urumqiName,
				kashgarName);
	}

	@Test
	@DisplayName("R-GEO-2 detail page: a Kashgar organisation is 404 for the Urumqi official, exactly like a missing one")
	void detailPage_R_GEO_2() throws Exception {
		var hidden = response("/organisations/" + kashgar, urumqiOfficial);
		var missing = response("/organisations/" + (kashgar + 10_000_000), urumqiOfficial);
		assertThat(hidden.getStatus()).isEqualTo(404).isEqualTo(missing.getStatus());
		assertThat(hidden.getContentAsString().replace("organisations/" + kashgar, "organisations/ID"))
			.isEqualTo(missing.getContentAsString().replace("organisations/" + (kashgar + 10_000_000), "organisations/ID"));
		assertThat(hidden.getErrorMessage()).isEqualTo(missing.getErrorMessage());
		assertThat(page("/organisations/" + urumqi, urumqiOfficial)).contains(urumqiName);
		assertThat(page("/organisations/" + kashgar, regionOfficial)).contains(kashgarName);
	}

	@Test
	@DisplayName("R-GEO-2 API detail and guessed ids: 404 with the same body as an id that does not exist")
	void apiDetailAndGuessedIds_R_GEO_2() throws Exception {
		var hidden = response("/api/v1/organisations/" + kashgar, urumqiOfficial);
		assertThat(hidden.getStatus()).isEqualTo(404);
		for (long guess : List.of(kashgar + 10_000_000, 0L, Long.MAX_VALUE)) {
			var missing = response("/api/v1/organisations/" + guess, urumqiOfficial);
			assertThat(missing.getStatus()).isEqualTo(404);
			assertThat(missing.getContentAsString().replace("organisations/" + guess, "organisations/ID"))
				.isEqualTo(hidden.getContentAsString().replace("organisations/" + kashgar, "organisations/ID"));
		}
		assertThat(hidden.getContentAsString()).doesNotContain(kashgarName);
		assertThat(response("/api/v1/organisations/" + kashgar, regionOfficial).getContentAsString()).contains(kashgarName);
	}

	@Test
	@DisplayName("R-GEO-2 module API: a viewer outside the organisation roles sees only its own organisation")
	void contractorSeesOnlyItself_R_GEO_2() {
		var seen = organisations.search(OrganisationSearch.all(), kashgarContractor, PageRequest.of(0, 100));
		assertThat(seen.getContent()).extracting(Organisation::id).containsExactly(kashgar);
		assertThat(organisations.find(urumqi, kashgarContractor)).isEmpty();
		assertThat(organisations.find(kashgar, urumqiOfficial)).isEmpty();
		assertThat(organisations.find(kashgar, regionOfficial)).isPresent();
	}

	private MockHttpServletResponse response(String url, AccessScope viewer) throws Exception {
		return mvc.perform(get(url).with(as(viewer))).andReturn().getResponse();
	}

	@Test
	void longListsArePagedWithTheSharedPager() throws Exception {
		String html = page("/organisations?size=1&lang=en", regionOfficial);
		assertThat(html).contains("pagination", "Page 1 of ", "Next").contains("size=1&amp;page=2");
	}

	private String page(String url, AccessScope viewer) throws Exception {
		var response = response(url, viewer);
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The rows of a list page's result table: the search box echoes the query, the table must not leak. */
	private String rows(String url, AccessScope viewer) throws Exception {
		String html = page(url, viewer);
		return html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
	}

	private List<String> export(String url, AccessScope viewer) throws Exception {
		var response = response(url, viewer);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
		return Xlsx.cells(response.getContentAsByteArray());
	}

	private List<String> apiNames(String url, AccessScope viewer) throws Exception {
		return JsonPath.read(page(url, viewer), "$.content[*].name");
	}

}
