package io.suretyhub.insurer;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HexFormat;
import java.security.MessageDigest;

import io.suretyhub.insurer.internal.Branches;
import io.suretyhub.insurer.internal.Journal;
import io.suretyhub.insurer.internal.SanctionTrigger;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
class EvidenceAndBranchChangeTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	final AccessScope kashgar = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 2, "653100");

	final AccessScope urumqi = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 3, "650100");

	@Autowired
	MockMvc mvc;

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	Sanctions sanctions;

	@Autowired
	Branches branches;

	@Autowired
	Journal journal;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R-SUP-1: a measure's evidence file is checked like a filing document, kept with its SHA-256, seen only in its area")
	void measureEvidenceFilesAreCheckedStoredAndScoped_R_SUP_1() throws Exception {
		long insurer = fixtures.registered("证据甲保险", "653100");
		int documentsBefore = count("insurer_document");

		MvcResult refused = mvc.perform(measure(insurer, new MockMultipartFile("file", "evil.pdf", "application/pdf",
				"MZ\u0090\u0000 executable".getBytes()))).andReturn();
		assertThat(refused.getFlashMap().get("errors")).asString().contains("只接受 PDF、JPG 或 PNG");
		MvcResult tooLarge = mvc.perform(measure(insurer, new MockMultipartFile("file", "big.pdf", "application/pdf",
				pdfOf(10 * 1024 * 1024 + 1)))).andReturn();
		assertThat(tooLarge.getFlashMap().get("errors")).asString().contains("10 MB");
		assertThat(count("insurer_document")).isEqualTo(documentsBefore);
		assertThat(jdbc.sql("select count(*) from insurer_measure where insurer_id = :i").param("i", insurer)
			.query(Integer.class).single()).isZero();

		mvc.perform(measure(insurer, new MockMultipartFile("file", "约谈笔录.png", "image/png", PNG)))
			.andExpect(status().is3xxRedirection());
		long measureId = jdbc.sql("select id from insurer_measure where insurer_id = :i").param("i", insurer)
			.query(Long.class).single();
		var stored = jdbc.sql("select d.id, d.sha256 from insurer_evidence e join insurer_document d on d.id = e.document_id"
				+ " where e.measure_id = :m").param("m", measureId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).single();
		assertThat(stored[1]).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));
		long documentId = (Long) stored[0];

		mvc.perform(multipart("/insurers/" + insurer + "/measures/" + measureId + "/evidence")
			.file(new MockMultipartFile("file", "补充.png", "image/png", PNG)).with(as(kashgar)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from insurer_evidence where measure_id = :m").param("m", measureId)
			.query(Integer.class).single()).isEqualTo(2);

		mvc.perform(get("/insurers/" + insurer + "/documents/" + documentId).with(as(kashgar))).andExpect(status().isOk());
		mvc.perform(get("/insurers/" + insurer + "/documents/" + documentId).with(as(urumqi)))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/insurers/" + insurer + "/measures/" + measureId + "/evidence")
			.file(new MockMultipartFile("file", "x.png", "image/png", PNG)).with(as(urumqi)).with(csrf()))
			.andExpect(status().isNotFound());
		String page = mvc.perform(get("/insurers/" + insurer).with(as(kashgar))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("约谈笔录.png").contains("补充.png");
		assertThat(journal.history(insurer)).anyMatch(e -> e.action().equals("evidence.attach"));
		assertThatThrownBy(() -> jdbc.sql("update insurer_evidence set measure_id = measure_id").update())
			.hasMessageContaining("append-only");
	}

	@Test
	@DisplayName("R-SUP-3: the region authority attaches evidence to a sanction; a second upload is a new file, never an overwrite")
	void sanctionEvidenceIsAppendOnly_R_SUP_3() throws Exception {
		long insurer = fixtures.registered("证据乙保险", "653100");
		long sanction = sanctions.propose(insurer, SanctionTrigger.OFFLINE_HANDLING, "线下办理保单", null, fixtures.region)
			.orElseThrow();
		for (int i = 0; i < 2; i++) {
			mvc.perform(multipart("/insurers/" + insurer + "/sanctions/" + sanction + "/evidence")
				.file(new MockMultipartFile("file", "线下保单.pdf", "application/pdf", pdfOf(100))).with(as(fixtures.region))
				.with(csrf())).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select count(distinct document_id) from insurer_evidence where sanction_id = :s")
			.param("s", sanction).query(Integer.class).single()).isEqualTo(2);
		long other = fixtures.registered("证据丙保险", "653100");
		mvc.perform(multipart("/insurers/" + other + "/sanctions/" + sanction + "/evidence")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdfOf(100))).with(as(fixtures.region))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(multipart("/insurers/" + insurer + "/sanctions/" + sanction + "/evidence")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdfOf(100))).with(as(kashgar))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R-INS-4: the insurer admin changes a branch's head and handler, closes it; each change is in the history the region authority sees")
	void branchChangesAreRecordedAndClosedBranchesStayClosed_R_INS_4() throws Exception {
		long insurer = fixtures.registered("分支变更保险", "653100", "650100");
		AccessScope admin = fixtures.admin(insurer);
		long branch = branches.of(insurer).get(0).id();

		mvc.perform(post("/insurer/filing/branches/" + branch).param("head", "新负责人").param("headPhone", "13712345678")
			.param("handler", "新经办人").param("handlerPhone", "0998-7654321").with(as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(branches.of(insurer).get(0).head()).isEqualTo("新负责人");
		assertThat(branches.of(insurer).get(0).handlerPhone()).isEqualTo("0998-7654321");
		MvcResult badPhone = mvc.perform(post("/insurer/filing/branches/" + branch).param("head", "某人")
			.param("headPhone", "123").param("handler", "某人").param("handlerPhone", "13712345678").with(as(admin))
			.with(csrf())).andReturn();
		assertThat(badPhone.getFlashMap().get("errors")).isNotNull();
		assertThat(branches.of(insurer).get(0).head()).isEqualTo("新负责人");

		long stranger = fixtures.registered("旁人保险", "650100");
		mvc.perform(post("/insurer/filing/branches/" + branch).param("head", "冒名").param("headPhone", "13712345678")
			.param("handler", "冒名").param("handlerPhone", "13712345678").with(as(fixtures.admin(stranger)))
			.with(csrf())).andExpect(status().isNotFound());

		mvc.perform(post("/insurer/filing/branches/" + branch + "/close").with(as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		MvcResult closed = mvc.perform(post("/insurer/filing/branches/" + branch).param("head", "再改")
			.param("headPhone", "13712345678").param("handler", "再改").param("handlerPhone", "13712345678")
			.with(as(admin)).with(csrf())).andReturn();
		assertThat(closed.getFlashMap().get("errors")).asString().contains("已撤销");

		String profile = mvc.perform(get("/insurers/" + insurer).with(as(fixtures.region))).andReturn().getResponse()
			.getContentAsString();
		assertThat(profile).contains("branch.update").contains("新负责人 137****5678").doesNotContain("13712345678")
			.contains("branch.close");
	}

	private MockMultipartHttpServletRequestBuilder measure(long insurer, MockMultipartFile file) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/insurers/" + insurer + "/measures").file(file)
			.param("kind", "INTERVIEW").param("reason", "核保材料不全").with(as(kashgar)).with(csrf());
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private static byte[] pdfOf(int size) {
		byte[] content = new byte[size];
		System.arraycopy(InsurerFixtures.PDF, 0, content, 0, Math.min(size, InsurerFixtures.PDF.length));
		return content;
	}

}
