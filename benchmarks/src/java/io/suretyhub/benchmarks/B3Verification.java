package io.suretyhub.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.PolicySamples;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;

/**
 * B3: public verification by number + code ({@code GET /public/v1/policies/{number}?code=…}) in requests
 * per second over HTTP on loopback (JDK HttpClient, keep-alive, several client threads), against a
 * trivial endpoint of the same app ({@code /actuator/health/liveness}), measured alternately.
 */
public class B3Verification implements Benchmark {

	static final int THREADS = 4;

	static final int POLICIES = 50;

	static final long SECONDS = 8;

	@Override
	public List<Figure> run(BenchApp app) throws Exception {
		List<URI> verifications = policies(app);
		URI trivial = app.uri("/actuator/health/liveness");
		Bench.log("B3: warming up");
		rate(app, i -> trivial, 3);
		rate(app, i -> verifications.get((int) (i % verifications.size())), 3);
		double trivialRequests = 0;
		double verifyRequests = 0;
		for (int round = 0; round < 2; round++) {
			trivialRequests += rate(app, i -> trivial, SECONDS);
			verifyRequests += rate(app, i -> verifications.get((int) (i % verifications.size())), SECONDS);
		}
		double trivialRate = trivialRequests / 2;
		double verifyRate = verifyRequests / 2;
		double ratio = verifyRate / trivialRate;
		return List.of(Figure.info("B3", "trivial endpoint (/actuator/health/liveness), HTTP, 4 clients", Load.perSecond(trivialRate)),
				Figure.info("B3", "verification by number + code, HTTP, 4 clients", Load.perSecond(verifyRate)),
				new Figure("B3", "verification / trivial", Load.percent(ratio), "≥ 50 %", ratio >= 0.5));
	}

	private static List<URI> policies(BenchApp app) {
		long insurer = 990_001;
		var seal = app.bean(SealCertificates.class).createHosted(insurer,
				new HostedKeyRequest(PolicySamples.INSURER_NAME, KeyType.EC_P256));
		var numbers = app.bean(PolicyNumbers.class);
		var documents = app.bean(PolicyDocuments.class);
		List<URI> uris = new ArrayList<>();
		for (int i = 0; i < POLICIES; i++) {
			String number = numbers.next(AreaCode.of("650100"), 2026, insurer);
			String code = numbers.newVerificationCode();
			documents.issueHosted(PolicySamples.policy(number, code, insurer), seal.id());
			uris.add(app.uri("/public/v1/policies/" + number + "?code=" + code));
		}
		return uris;
	}

	interface Target {

		URI at(long i);

	}

	/** Requests per second for {@code seconds}; every answer must be 200. */
	private static double rate(BenchApp app, Target target, long seconds) throws Exception {
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> clients = new ArrayList<>();
		List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < THREADS; t++) {
			Thread client = new Thread(() -> {
				try {
					while (System.nanoTime() < end) {
						long i = done.getAndIncrement();
						var response = app.http().send(HttpRequest.newBuilder(target.at(i)).GET().build(),
								HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							throw new IllegalStateException("B3: " + target.at(i) + " answered " + response.statusCode());
						}
					}
				}
				catch (Exception ex) {
					failures.add(ex);
				}
			});
			client.start();
			clients.add(client);
		}
		for (Thread client : clients) {
			client.join();
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

}
