package io.suretyhub.policy.history;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;
import io.suretyhub.testing.Xlsx;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class HistoricalImportTests {

	static final String HEADER = "保单号,保险机构,投保人,统一社会信用代码,项目名称,地区代码,保险金额,保险费,起期,止期,出单日期\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	HistoricalImports imports;

	String token = UUID.randomUUID().toString().substring(0, 8);

	AccessScope insurer;

	AccessScope authority;

	@BeforeEach
	void parties() {
		long insurerId = organisations.register(OrganisationRegistration.of(OrganisationKind.INSURER, "历史保险" + token, "650000")
			.withCreditCode(CreditCodes.next("650000")));
		insurer = TestPrincipals.scope(Role.INSURER_ADMIN, insurerId, "650000");
		long authorityId = organisations
			.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "喀什人社" + token, "653100"));
		authority = TestPrincipals.scope(Role.LOCAL_AUTHORITY, authorityId, "653100");
	}

	@Test
	@DisplayName("R-POL-9: a good CSV (GB18030, as Chinese Excel saves it) is stored whole and marked historical; the authority of the area sees it")
	void goodCsvStored_R_POL_9() throws Exception {
		String csv = HEADER + row("H" + token + "-1", CreditCodes.next("653101"), "653101", "187500.00", "375.00",
				"2024-01-01", "2024-12-31", "2023-12-20") + row("H" + token + "-2", CreditCodes.next("653101"), "653101",
						"\"1,000,000\"", "0", "2024/3/1", "2025/2/28", "2024/2/20");
		upload("历史.csv", csv.getBytes(Charset.forName("GB18030")), insurer).andExpect(status().isCreated())
			.andExpect(jsonPath("$.accepted").value(true))
			.andExpect(jsonPath("$.rows").value(2));
		mvc.perform(get("/api/v1/historical-policies").with(as(authority)))
			.andExpect(jsonPath("$[?(@.number == 'H" + token + "-2')].sumInsured").value(org.hamcrest.Matchers.contains(1000000.00)))
			.andExpect(jsonPath("$[?(@.number == 'H" + token + "-1')].historical").value(org.hamcrest.Matchers.contains(true)))
			.andExpect(jsonPath("$[?(@.number == 'H" + token + "-1')].insurerName").value(org.hamcrest.Matchers.contains("历史保险" + token)));
	}

	@Test
	@DisplayName("R-POL-9: one bad row and nothing of the file is stored; the report names every bad row and field, as JSON, page and workbook")
	void badFileStoresNothing_R_POL_9() throws Exception {
		String good = row("B" + token + "-1", CreditCodes.next("653101"), "653101", "100.00", "1.00", "2024-01-01",
				"2024-12-31", "2023-12-20");
		String badCode = row("B" + token + "-2", "91650100MA77XXXXX1", "653101", "100.00", "1.00", "2024-01-01",
				"2024-12-31", "2023-12-20");
		String duplicateAndWorse = row("B" + token + "-1", CreditCodes.next("653101"), "110101", "-5", "1.00", "2024-01-01",
				"2023-12-31", "2099-01-01");
		byte[] file = (HEADER + good + badCode + duplicateAndWorse).getBytes(StandardCharsets.UTF_8);
		String json = upload("bad.csv", file, insurer).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.accepted").value(false))
			.andExpect(jsonPath("$.problems[?(@.row == 3)].field").value(org.hamcrest.Matchers.contains("creditCode")))
			.andExpect(jsonPath("$.problems[?(@.row == 4)].field").value(org.hamcrest.Matchers
				.containsInAnyOrder("number", "areaCode", "sumInsured", "periodEnd", "issuedOn")))
			.andReturn().getResponse().getContentAsString();
		assertThat(imports.visible(insurer)).noneMatch(h -> h.number().startsWith("B" + token));
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();

		String page = mvc.perform(multipart("/historical-policies/imports")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", file)).with(as(insurer)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("整份文件未导入", "统一社会信用代码不正确", "与第 2 行保单号重复。", "保险止期不能早于起期。",
				"不是有效的地（州、市）或县（市、区）代码。");
		byte[] workbook = mvc.perform(get("/historical-policies/imports/" + id + "/report.xlsx").with(as(insurer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Xlsx.rows(workbook)).anySatisfy(r -> assertThat(r).contains("3", "统一社会信用代码", "91650100MA77XXXXX1"));
		mvc.perform(get("/historical-policies/imports/" + id + "/report.xlsx").with(as(authority)))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("R-POL-9: an Excel file with real date cells is read like the CSV; a contractor may not import")
	void excelImported_R_POL_9() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var book = new Workbook(out, "test", "1.0")) {
			var sheet = book.newWorksheet("保单");
			String[] header = HEADER.strip().split(",");
			for (int c = 0; c < header.length; c++) {
				sheet.value(0, c, header[c]);
			}
			Object[] cells = { "X" + token, "", "喀什建工", CreditCodes.next("653101"), "喀什市第四小学", "653101",
					new java.math.BigDecimal("250000"), new java.math.BigDecimal("500.5"), LocalDate.of(2024, 5, 1),
					LocalDate.of(2025, 4, 30), LocalDate.of(2024, 4, 25) };
			for (int c = 0; c < cells.length; c++) {
				if (cells[c] instanceof LocalDate day) {
					sheet.value(1, c, day);
					sheet.style(1, c).format("yyyy-mm-dd").set();
				}
				else if (cells[c] instanceof java.math.BigDecimal amount) {
					sheet.value(1, c, amount);
				}
				else {
					sheet.value(1, c, (String) cells[c]);
				}
			}
			book.finish();
		}
		upload("历史.xlsx", out.toByteArray(), insurer).andExpect(status().isCreated());
		assertThat(imports.visible(insurer)).filteredOn(h -> h.number().equals("X" + token)).singleElement()
			.satisfies(h -> {
				assertThat(h.periodStart()).isEqualTo(LocalDate.of(2024, 5, 1));
				assertThat(h.premium()).isEqualByComparingTo("500.50");
				assertThat(h.insurerName()).isEqualTo("历史保险" + token);
			});
		long contractorId = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, "建工" + token,
				"653101").withCreditCode(CreditCodes.next("653101")));
		upload("x.csv", HEADER.getBytes(StandardCharsets.UTF_8), TestPrincipals.scope(Role.CONTRACTOR, contractorId, "653101"))
			.andExpect(status().isForbidden());
	}

	private String row(String number, String code, String area, String sum, String premium, String start, String end,
			String issued) {
		return String.join(",", number, "", "喀什建工", code, "喀什市第一中学", area, sum, premium, start, end, issued) + "\r\n";
	}

	private ResultActions upload(String name, byte[] content, AccessScope who) throws Exception {
		return mvc.perform(multipart("/api/v1/historical-policies/imports")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(as(who)).with(csrf()));
	}

}
