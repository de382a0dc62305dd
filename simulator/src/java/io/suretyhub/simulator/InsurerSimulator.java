package io.suretyhub.simulator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.suretyhub.openapi.client.ApiClient;
import io.suretyhub.openapi.client.ApiException;
import io.suretyhub.openapi.client.api.ApplicationsEndpointApi;
import io.suretyhub.openapi.client.api.PaymentNoticesEndpointApi;
import io.suretyhub.openapi.client.api.RemoteSigningEndpointApi;
import io.suretyhub.openapi.client.model.ApplicationView;
import io.suretyhub.openapi.client.model.IssueRequest;
import io.suretyhub.openapi.client.model.PaymentNoticeView;
import io.suretyhub.openapi.client.model.PaymentRecord;
import io.suretyhub.openapi.client.model.PaymentView;
import io.suretyhub.openapi.client.model.SignatureAccepted;
import io.suretyhub.openapi.client.model.SignatureSubmission;
import io.suretyhub.openapi.client.model.SigningRequest;
import io.suretyhub.openapi.client.model.Worker;

/**
 * An insurer's business system as a small program: it knows nothing of the platform but the client
 * generated from the published description (docs/openapi.json) and the signing rules of docs/open-api.md.
 * One lifecycle: pull an application, issue it with a remote signature made by the insurer's own key (or,
 * without a key store, with the hosted key), receive the payment notice by webhook, read its roster and
 * report a payment for every line still unpaid. Run it as described in docs/open-api.md.
 */
public final class InsurerSimulator implements AutoCloseable {

	static final String UNDERWRITER = "模拟核保员";

	private final ApplicationsEndpointApi applications;

	private final PaymentNoticesEndpointApi notices;

	private final RemoteSigningEndpointApi signing;

	private final RemoteSigner signer;

	private final WebhookReceiver webhooks;

	private final Clock clock;

	private final java.util.function.Consumer<String> log;

	public InsurerSimulator(SimulatorSettings settings, Clock clock, java.util.function.Consumer<String> log)
			throws java.io.IOException, java.security.GeneralSecurityException {
		this.clock = clock;
		this.log = log;
		ApiClient client = new ApiClient();
		client.updateBaseUri(settings.baseUrl());
		client.setRequestInterceptor(new Signer(settings.appId(), settings.secret(), clock));
		this.applications = new ApplicationsEndpointApi(client);
		this.notices = new PaymentNoticesEndpointApi(client);
		this.signing = new RemoteSigningEndpointApi(client);
		this.signer = settings.keystore() == null ? null
				: RemoteSigner.load(settings.keystore(), settings.keystorePassword());
		this.webhooks = new WebhookReceiver(settings.webhookPort(), settings.webhookSecret(), clock);
	}

	public WebhookReceiver webhooks() {
		return webhooks;
	}

	/**
	 * Pulls the oldest application waiting for a result and issues it, by remote signature when the simulator
	 * has a key store; answers the application as read afterwards, {@code null} when none waits.
	 */
	public ApplicationView issueNext() throws ApiException {
		List<ApplicationView> waiting = applications.listApplications("APPLIED");
		log.accept("applications waiting: " + waiting.size());
		if (waiting.isEmpty()) {
			return null;
		}
		ApplicationView application = waiting.get(waiting.size() - 1);
		ApplicationView read = applications.getApplication(application.getId());
		log.accept("application " + read.getId() + ": " + read.getProjectName() + ", " + read.getContractorName()
				+ ", sum insured " + read.getSumInsured());
		var result = new IssueRequest().underwriter(UNDERWRITER);
		if (signer == null) {
			applications.issueApplication(read.getId(), "sim-issue-" + read.getId(), result);
		}
		else {
			signRemotely(signing.remoteIssueApplication(read.getId(), "sim-remote-" + read.getId(), result).getId());
		}
		ApplicationView issued = applications.getApplication(read.getId());
		log.accept("issued: policy " + issued.getNumber() + " (" + issued.getStatus() + ")");
		return issued;
	}

	/** Fetches the digest of the prepared policy, signs it with the insurer's own key and returns the CMS. */
	private void signRemotely(java.util.UUID requestId) throws ApiException {
		SigningRequest request = signing.getSigningRequest(requestId);
		log.accept("signing request " + requestId + ": policy " + request.getNumber() + ", " + request.getDigestAlgorithm()
				+ " " + request.getDigestHex());
		byte[] digest = java.util.Base64.getDecoder().decode(request.getDigestBase64());
		SignatureAccepted accepted = signing.submitSignature(requestId, "sim-sign-" + requestId,
				new SignatureSubmission().cms(signer.sign(digest)));
		log.accept("signature accepted: " + accepted.getPolicyNumber() + ", signed PDF sha256 " + accepted.getSha256());
	}

	/**
	 * Waits for the next {@code payment-notice.issued} webhook, reads the notice's roster and reports a bank
	 * transfer of the unpaid amount for every line; answers the notice as read afterwards, {@code null} if no
	 * notice came in time.
	 */
	public PaidNotice payNextNotice(Duration wait) throws ApiException, InterruptedException {
		log.accept("waiting for a payment notice on :" + webhooks.port() + WebhookReceiver.PATH);
		JsonNode event = webhooks.next("payment-notice.issued", wait);
		if (event == null) {
			return null;
		}
		long noticeId = event.path("data").path("noticeId").asLong();
		PaymentNoticeView notice = notices.getPaymentNotice(noticeId);
		log.accept("notice " + notice.getNoticeNumber() + ": " + notice.getWorkers().size() + " workers, insurer share "
				+ notice.getInsurerShare());
		List<PaymentView> payments = new ArrayList<>();
		for (Worker worker : notice.getWorkers()) {
			BigDecimal unpaid = worker.getAmount().subtract(worker.getPaid());
			if (unpaid.signum() > 0) {
				String reference = "SIM-" + noticeId + "-" + worker.getLine();
				payments.add(notices.reportPayment(noticeId, "sim-pay-" + noticeId + "-" + worker.getLine(),
						new PaymentRecord().line(worker.getLine()).bankReference(reference).amount(unpaid)
							.paidAt(clock.instant().atOffset(ZoneOffset.UTC))));
				log.accept("paid line " + worker.getLine() + ": " + unpaid + " (" + reference + ")");
			}
		}
		PaymentNoticeView after = notices.getPaymentNotice(noticeId);
		log.accept("notice " + after.getNoticeNumber() + " is " + after.getStatus());
		return new PaidNotice(event.path("eventId").asText(), after, payments);
	}

	/** A notice the simulator paid: the webhook's event id, the notice as read after paying, each payment. */
	public record PaidNotice(String eventId, PaymentNoticeView notice, List<PaymentView> payments) {
	}

	@Override
	public void close() {
		webhooks.close();
	}

	public static void main(String[] args) throws Exception {
		SimulatorSettings settings = SimulatorSettings.parse(args);
		try (var simulator = new InsurerSimulator(settings, Clock.systemUTC(), System.out::println)) {
			if (simulator.issueNext() == null) {
				System.out.println("no application waits for a result: apply as a contractor first");
			}
			if (simulator.payNextNotice(settings.patience()) == null) {
				System.out.println("no payment notice within " + settings.patience());
				System.exit(2);
			}
		}
		catch (ApiException ex) {
			System.err.println("refused: " + ex.getCode() + " " + ex.getResponseBody());
			System.exit(1);
		}
	}

}
