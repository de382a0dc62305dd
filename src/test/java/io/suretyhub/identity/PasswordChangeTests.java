package io.suretyhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.AuditEvent.Outcome;
import io.suretyhub.shared.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

class PasswordChangeTests extends IdentityTestSupport {

	@Test
	@DisplayName("The change-password page names every broken policy rule in Chinese")
	void policyReasonsShownOnThePage() throws Exception {
		String username = newAccount(Role.CONTRACTOR);
		Visitor session = signIn(username);
		String page = change(session, PASSWORD, "short", "short").getResponse().getContentAsString();
		assertThat(page).contains("密码太短：至少需要 10 个字符").contains("密码太简单");
		page = change(session, PASSWORD, "X-" + username + "-2026", "X-" + username + "-2026").getResponse()
			.getContentAsString();
		assertThat(page).contains("密码不得包含用户名");
		page = change(session, PASSWORD, "Bogda-Peak-5445", "Bogda-Peak-5446").getResponse().getContentAsString();
		assertThat(page).contains("两次输入的新密码不一致");
		page = change(session, "Not-my-password-1", "Bogda-Peak-5445", "Bogda-Peak-5445").getResponse()
			.getContentAsString();
		assertThat(page).contains("当前密码不正确");
	}

	@Test
	@DisplayName("A changed password replaces the old one at once, and the change is audited")
	void changeThePassword() throws Exception {
		String username = newAccount(Role.CONTRACTOR);
		Visitor session = signIn(username);
		MvcResult done = change(session, PASSWORD, "Bogda-Peak-5445", "Bogda-Peak-5445");
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
		assertThat(done.getFlashMap().get("flash")).isEqualTo("密码已修改。");
		assertThat(events.stream(AuditEvent.class)
			.filter(e -> e.action().equals("password.change") && e.outcome() == Outcome.SUCCESS)).hasSize(1);
		assertThat(postLogin(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(postLogin(username, "Bogda-Peak-5445").getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	private MvcResult change(Visitor session, String current, String replacement, String repeated)
			throws Exception {
		return mvc.perform(post("/account/password").with(session)
			.param("current", current)
			.param("replacement", replacement)
			.param("repeated", repeated)
			.with(csrf())).andReturn();
	}

}
