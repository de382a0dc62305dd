package io.suretyhub.insurer;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.suretyhub.insurer.internal.DocumentStore;
import io.suretyhub.insurer.internal.FilingStatus;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
class InsurerPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	Filings filings;

	@Autowired
	Reminders reminders;

	@Autowired
	DocumentStore documents;

	@Test
	@DisplayName("The insurer admin's pages show the filing with the ID number and phone masked")
	void insurerAdminPages() throws Exception {
		long id = fixtures.submitted("页面测试保险", "250", "A", "650100");
		AccessScope admin = fixtures.admin(id);
		for (String page : List.of("/insurer/filing", "/insurer/reports", "/insurer/reminders")) {
			mvc.perform(get(page).with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("65010219800101123X"))))
				.andExpect(content().string(Matchers.not(Matchers.containsString("??insurer"))));
		}
		mvc.perform(get("/insurer/filing").with(as(admin)))
			.andExpect(content().string(Matchers.containsString("650***********123X")));
	}

	@Test
	@DisplayName("R-INS-2: an upload by the page of an executable named .pdf comes back with the reason; nothing stored")
	void badUploadByPage() throws Exception {
		long id = fixtures.newInsurer("页面上传保险");
		mvc.perform(multipart("/insurer/filing/documents").file(new MockMultipartFile("file", "setup.pdf",
				"application/pdf", new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1 })).param("kind", "BUSINESS_LICENCE")
			.with(as(fixtures.admin(id))).with(csrf()))
			.andExpect(redirectedUrl("/insurer/filing"))
			.andExpect(flash().attribute("errors", List.of(
					"只接受 PDF、JPG 或 PNG 文件（按文件内容检查，扩展名须与内容一致），该文件已被拒绝，未保存。")));
		assertThat(documents.list(id)).isEmpty();
	}

	@Test
	@DisplayName("R-INS-1: the region authority reviews by the pages: queue, profile with history, register")
	void regionAuthorityReviewsByThePages() throws Exception {
		long id = fixtures.submitted("页面审核保险", "250", "A", "650100");
		String name = filings.of(id).name();
		mvc.perform(get("/insurers").with(as(fixtures.region))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)));
		mvc.perform(get("/insurers/" + id).with(as(fixtures.region))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("filing.submit")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("??insurer"))));
		mvc.perform(post("/insurers/" + id + "/register").with(as(fixtures.region)).with(csrf()))
			.andExpect(redirectedUrl("/insurers/" + id)).andExpect(flash().attribute("flash", "已备案登记。"));
		assertThat(filings.of(id).status()).isEqualTo(FilingStatus.REGISTERED);
	}

	@Test
	@DisplayName("R-SUP-2: the insurer reports rectification by the page; the region authority accepts it by the page")
	void reminderByThePages() throws Exception {
		long id = fixtures.registered("页面提醒保险", "650100");
		long reminder = reminders.issue(id, "台账未更新", java.time.LocalDate.parse("2026-12-01"), fixtures.region);
		mvc.perform(post("/insurer/reminders/" + reminder + "/report").param("text", "已更新台账")
			.with(as(fixtures.admin(id))).with(csrf())).andExpect(redirectedUrl("/insurer/reminders"));
		mvc.perform(post("/insurers/" + id + "/reminders/" + reminder + "/decide").param("accept", "true")
			.with(as(fixtures.region)).with(csrf())).andExpect(redirectedUrl("/insurers/" + id));
		assertThat(reminders.find(reminder).status()).isEqualTo("HEEDED");
	}

	@Test
	@DisplayName("Local officials and the regulator read profiles; they cannot register; the public page needs no login")
	void rolesAndPublicPage() throws Exception {
		long id = fixtures.submitted("角色测试保险", "250", "A", "650100");
		AccessScope local = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 2, "650100");
		mvc.perform(get("/insurers/" + id).with(as(local))).andExpect(status().isOk());
		mvc.perform(post("/insurers/" + id + "/register").with(as(local)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/insurers").with(as(TestPrincipals.scope(Role.CONTRACTOR, 3, "650102"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/public/sanctions")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("保险机构处理公示")));
	}

}
