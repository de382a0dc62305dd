package io.suretyhub.insurer;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import io.suretyhub.insurer.internal.DocumentStore;
import io.suretyhub.insurer.internal.FilingStatus;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.RuleViolation;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
@RecordApplicationEvents
class FilingAndChoiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	Filings filings;

	@Autowired
	DocumentStore documents;

	@Autowired
	InsurerChoice choice;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	@DisplayName("R-INS-1/2/4: filing by the API → registered by the region authority → offered only where it has branches")
	void filingToRegisteredThenOfferedOnlyInItsPrefectures() throws Exception {
		long id = fixtures.newInsurer("备案测试保险");
		AccessScope admin = fixtures.admin(id);
		mvc.perform(put("/api/v1/insurers/own/filing").with(as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"businessAddress":"乌鲁木齐市","legalRepresentative":"张三","legalRepIdNumber":"65010219800101123X",
					"provincialHead":"李四","contactPhone":"13900000000"}""")).andExpect(status().isOk())
			.andExpect(jsonPath("$.legalRepIdNumber").value("650***********123X"));
		for (String kind : new String[] { "BUSINESS_LICENCE", "LEGAL_REP_ID", "PRODUCT_APPROVAL", "SOLVENCY_YEAR_END",
				"SOLVENCY_QUARTER_1", "SOLVENCY_QUARTER_2", "RISK_RATING" }) {
			mvc.perform(multipart("/api/v1/insurers/own/documents").file(new MockMultipartFile("file", kind + ".pdf",
					"application/pdf", InsurerFixtures.PDF)).param("kind", kind).with(as(admin)).with(csrf()))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.sha256").value(Matchers.hasLength(64)));
		}
		mvc.perform(post("/api/v1/insurers/own/branches").with(as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"备案测试保险乌鲁木齐中心支公司","prefecture":"650100","address":"乌鲁木齐市","head":"王五",
					"headPhone":"13911111111","handler":"赵六","handlerPhone":"0991-1234567"}""")).andExpect(status().isCreated());
		for (String[] s : new String[][] { { "2025-12-31", "230" }, { "2026-06-30", "200" }, { "2026-09-30", "190" } }) {
			mvc.perform(post("/api/v1/insurers/own/solvency").with(as(admin)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"periodEnd\":\"" + s[0] + "\",\"ratio\":" + s[1] + ",\"rating\":\"A\"}"))
				.andExpect(status().isNoContent());
		}
		assertThatThrownBy(() -> choice.branchFor(id, AreaCode.of("650102"), today()))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("R-INS-1"));
		mvc.perform(post("/api/v1/insurers/own/submit").with(as(admin)).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/insurers/" + id + "/register").with(as(fixtures.region)).with(csrf()))
			.andExpect(status().isNoContent());

		assertThat(filings.of(id).status()).isEqualTo(FilingStatus.REGISTERED);
		assertThat(filings.of(id).registeredOn()).isEqualTo(today());
		assertThat(filings.of(id).reviewedBy()).isEqualTo(fixtures.region.username());
		assertThat(choice.selectable(AreaCode.of("650102"), today())).anyMatch(s -> s.insurerId() == id);
		assertThat(choice.selectable(AreaCode.of("654002"), today())).noneMatch(s -> s.insurerId() == id);
		assertThatThrownBy(() -> choice.branchFor(id, AreaCode.of("654002"), today()))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("R-INS-4"));
		assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).contains("insurer.filing.save",
				"insurer.document.upload", "insurer.branch.add", "insurer.solvency.record", "insurer.filing.submit",
				"insurer.filing.register");
	}

	@Test
	@DisplayName("R-INS-2: an incomplete filing cannot be submitted; the API names every missing item")
	void incompleteFilingIsRefused() throws Exception {
		long id = fixtures.newInsurer("未完成保险");
		mvc.perform(post("/api/v1/insurers/own/submit").with(as(fixtures.admin(id))).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'documents')]").value(Matchers.hasSize(7)))
			.andExpect(jsonPath("$.errors[?(@.field == 'branches')]").exists());
	}

	@Test
	@DisplayName("R-INS-2: an executable renamed .pdf is refused with a clear message and nothing is stored")
	void executableRenamedPdfIsRefused() throws Exception {
		long id = fixtures.newInsurer("上传测试保险");
		byte[] executable = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
		mvc.perform(multipart("/api/v1/insurers/own/documents").file(new MockMultipartFile("file", "licence.pdf",
				"application/pdf", executable)).param("kind", "BUSINESS_LICENCE").with(as(fixtures.admin(id))).with(csrf())
			)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("只接受 PDF、JPG 或 PNG")));
		assertThat(documents.list(id)).isEmpty();
	}

	@Test
	@DisplayName("R-INS-2: a file over the 10 MB limit is refused with a clear message and nothing is stored")
	void fileOverTheLimitIsRefused() throws Exception {
		long id = fixtures.newInsurer("超限测试保险");
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(InsurerFixtures.PDF, 0, big, 0, InsurerFixtures.PDF.length);
		mvc.perform(multipart("/api/v1/insurers/own/documents").file(new MockMultipartFile("file", "big.pdf",
				"application/pdf", big)).param("kind", "RISK_RATING").with(as(fixtures.admin(id))).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("10 MB 的上限")));
		assertThat(documents.list(id)).isEmpty();
	}

	@Test
	@DisplayName("R-INS-2: a new upload of the same kind is a new row with its own SHA-256; nothing is overwritten")
	void uploadsAreNeverOverwritten() {
		long id = fixtures.submitted("重复上传保险", "250", "A", "650100");
		var before = documents.list(id);
		fixtures.registered("对照保险", "650100");
		assertThat(before).hasSize(7).allSatisfy(d -> assertThat(d.sha256()).hasSize(64));
		assertThatThrownBy(() -> new org.springframework.jdbc.core.JdbcTemplate(dataSource)
			.update("UPDATE insurer_document SET file_name = 'x' WHERE insurer_id = ?", id))
			.hasMessageContaining("append-only");
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	@DisplayName("R-INS-1: the region authority returns a filing with reasons; the insurer can fix and resubmit")
	void returnedWithReasons() throws Exception {
		long id = fixtures.submitted("退回测试保险", "250", "A", "650100");
		mvc.perform(post("/api/v1/insurers/" + id + "/return").with(as(fixtures.region)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"营业执照复印件不清晰\"}"))
			.andExpect(status().isNoContent());
		assertThat(filings.of(id).status()).isEqualTo(FilingStatus.RETURNED);
		assertThat(filings.of(id).returnReason()).isEqualTo("营业执照复印件不清晰");
		filings.submit(id, fixtures.admin(id));
		assertThat(filings.of(id).status()).isEqualTo(FilingStatus.SUBMITTED);
	}

	@Test
	@DisplayName("R-INS-7: revoked for false information → refused everywhere, on the untrustworthy list of the public page")
	void revokedForFalseInformation() throws Exception {
		long id = fixtures.registered("失信测试保险", "650100");
		mvc.perform(post("/api/v1/insurers/" + id + "/revoke").with(as(fixtures.region)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"偿付能力报告系伪造\"}"))
			.andExpect(status().isNoContent());
		assertThatThrownBy(() -> choice.branchFor(id, AreaCode.of("650102"), today()))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("R-INS-7"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/public/sanctions"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(Matchers.containsString(filings.of(id).name())));
	}

	@Test
	@DisplayName("Only the region authority registers filings (403 for an insurer admin)")
	void onlyTheRegionAuthorityRegisters() throws Exception {
		long id = fixtures.submitted("越权测试保险", "250", "A", "650100");
		mvc.perform(post("/api/v1/insurers/" + id + "/register").with(as(fixtures.admin(id))).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
