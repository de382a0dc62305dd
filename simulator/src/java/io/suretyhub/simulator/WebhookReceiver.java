package io.suretyhub.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The insurer system's webhook endpoint ({@code POST /webhooks/suretyhub}): refuses a delivery whose
 * signature (by the webhook secret) or timestamp is wrong with 401, answers every good one 204 and acts
 * on each event id once, however often it is delivered.
 */
public final class WebhookReceiver implements AutoCloseable {

	public static final String PATH = "/webhooks/suretyhub";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final String secret;

	private final Clock clock;

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

	private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

	private final AtomicInteger refused = new AtomicInteger();

	public WebhookReceiver(int port, String secret, Clock clock) throws IOException {
		this.secret = secret;
		this.clock = clock;
		this.server = HttpServer.create(new InetSocketAddress(port), 0);
		server.createContext(PATH, this::receive);
		server.start();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			var headers = exchange.getRequestHeaders();
			String timestamp = headers.getFirst(Signer.TIMESTAMP);
			String toSign = Signer.stringToSign(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					exchange.getRequestURI().getRawQuery(), timestamp, headers.getFirst(Signer.NONCE), body);
			if (!fresh(timestamp) || !Signer.matches(secret, toSign, headers.getFirst(Signer.SIGNATURE))) {
				refused.incrementAndGet();
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			JsonNode event = JSON.readTree(body);
			String id = event.path("eventId").asText();
			deliveries.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
			if (seen.add(id)) {
				events.add(event);
			}
			exchange.sendResponseHeaders(204, -1);
		}
	}

	private boolean fresh(String timestamp) {
		try {
			return Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) <= Signer.SKEW_SECONDS;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** The next new event of this type, waiting at most {@code timeout}; {@code null} if none came. */
	public JsonNode next(String type, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
			JsonNode event = events.poll(left, TimeUnit.NANOSECONDS);
			if (event != null && type.equals(event.path("type").asText())) {
				return event;
			}
		}
		return null;
	}

	/** How often the event with this id was delivered (with a good signature). */
	public int deliveries(String eventId) {
		AtomicInteger count = deliveries.get(eventId);
		return count == null ? 0 : count.get();
	}

	/** How many deliveries were refused for a bad signature or timestamp. */
	public int refused() {
		return refused.get();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
