package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;

import io.suretyhub.openapi.client.ApiClient;
import io.suretyhub.openapi.client.ApiException;
import io.suretyhub.openapi.client.api.ApplicationsEndpointApi;
import io.suretyhub.openapi.client.api.PaymentNoticesEndpointApi;
import io.suretyhub.openapi.client.model.IssueRequest;
import io.suretyhub.openapi.client.model.PaymentRecord;
import io.suretyhub.simulator.Signer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #8's acceptance: the client generated at build time from docs/openapi.json by the OpenAPI Generator
 * ({@code java}, library {@code native}) compiles and calls the endpoints, signed by the simulator's
 * {@link Signer} (written from docs/open-api.md, none of the platform's classes).
 */
class GeneratedClientTests extends OpenApiOnPort {

	@Test
	@DisplayName("R-POL-2, R-CLM-5: the generated client lists, reads and issues an application, reads the notice and reports a payment")
	void generatedClientCallsTheEndpoints() throws Exception {
		long application = application();
		String[] system = system(null);
		var client = new ApiClient();
		client.updateBaseUri(baseUrl());
		client.setRequestInterceptor(new Signer(system[0], system[1], clock));
		var applications = new ApplicationsEndpointApi(client);
		var notices = new PaymentNoticesEndpointApi(client);

		assertThat(applications.listApplications("APPLIED")).extracting(a -> a.getId()).containsExactly(application);
		assertThat(applications.getApplication(application).getSumInsured()).isEqualByComparingTo("187500.00");
		var issued = applications.issueApplication(application, "client-issue-" + application,
				new IssueRequest().underwriter("客户端核保员"));
		assertThat(issued.getStatus()).isEqualTo("ISSUED");
		assertThat(status(application)).isIn("ISSUED", "IN_FORCE");
		assertThat(verifiedSigner(issued.getNumber())).as("signed with the hosted seal key, verifies").isNotNull();
		assertThat(applications.listApplications("APPLIED")).isEmpty();

		await().atMost(Duration.ofSeconds(30)).until(() -> status(application).equals("IN_FORCE"));
		long noticeId = notice(1, "2500.00");
		clock.advance(Duration.ofHours(1));
		assertThat(notices.listPaymentNotices()).extracting(n -> n.getId()).contains(noticeId);
		var notice = notices.getPaymentNotice(noticeId);
		assertThat(notice.getWorkers()).hasSize(1);
		var payment = notices.reportPayment(noticeId, "client-pay-" + noticeId, new PaymentRecord().line(1)
			.bankReference("CLIENT-" + noticeId).amount(new BigDecimal("2500.00"))
			.paidAt(clock.instant().atOffset(ZoneOffset.UTC)));

		assertThat(payment.getRepeated()).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM payout_payment WHERE bank_reference = :ref")
			.param("ref", "CLIENT-" + noticeId).query(Integer.class).single()).isEqualTo(1);
		assertThat(notices.getPaymentNotice(noticeId).getStatus()).isEqualTo("PAID");
		assertThatThrownBy(() -> applications.getApplication(application + 100_000))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.getCode()).isEqualTo(404));
	}

}
