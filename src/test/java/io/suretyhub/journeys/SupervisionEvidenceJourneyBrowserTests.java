package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.suretyhub.insurer.InsurerFixtures;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A local official takes a measure with an evidence file and finds the insurer on the early-warning list
 * (R-SUP-1, R-SUP-4); an insurer administrator changes a branch's head and handler (R-INS-4).
 */
@Import(InsurerFixtures.class)
class SupervisionEvidenceJourneyBrowserTests extends BrowserJourney {

	@TempDir
	Path files;

	@Autowired
	InsurerFixtures fixtures;

	@Test
	void localOfficialTakesAMeasureWithEvidenceAndSeesTheEarlyWarning() throws Exception {
		long insurer = fixtures.registered("旅程预警保险", "653100");
		String official = person(Role.LOCAL_AUTHORITY, organisation(OrganisationKind.LOCAL_AUTHORITY, "喀什人社", "653100"),
				"653100");
		Path evidence = Files.write(files.resolve("约谈记录.png"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D });

		browser();
		signIn(official);
		enrolSecondFactor();
		browser.get("/insurers/" + insurer);
		browser.type("#measure-form input[name=reason]", "理赔材料要求过多");
		browser.find("#measure-file").sendKeys(evidence.toString());
		browser.find("#measure-form input[name=reason]").submit();
		assertThat(browser.text("#flash")).isNotBlank();
		assertThat(browser.text("#measures")).contains("理赔材料要求过多").contains("约谈记录.png");

		browser.clickLink("保险机构预警").awaitPath("/insurers/early-warning");
		assertThat(browser.text("#party-" + insurer)).contains("黄色");
		assertThat(browser.text("#area-653100")).isNotBlank();
		assertThat(browser.text("#warning-areas")).doesNotContain("乌鲁木齐");
	}

	@Test
	void insurerAdminChangesABranchHeadAndHandler() {
		long insurer = fixtures.registered("旅程分支保险", "653100");
		String admin = person(Role.INSURER_ADMIN, insurer, "650000");

		browser();
		signIn(admin);
		enrolSecondFactor();
		browser.get("/insurer/filing");
		browser.driver().executeScript("document.getElementById('branch-change').open = true");
		String form = browser.find("#branch-change form").getAttribute("id");
		String id = form.substring("branch-change-".length());
		browser.type("#head-" + id, "新任负责人").type("#head-phone-" + id, "13712345678").type("#handler-" + id, "新任经办人")
			.type("#handler-phone-" + id, "0998-7654321");
		browser.find("#handler-phone-" + id).submit();
		assertThat(browser.text("#flash")).isEqualTo("分支机构信息已变更。");
		assertThat(browser.text("#branch-" + id)).contains("新任负责人").contains("137****5678").doesNotContain("13712345678");
	}

}
