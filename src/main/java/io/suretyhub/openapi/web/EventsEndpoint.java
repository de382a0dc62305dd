package io.suretyhub.openapi.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.suretyhub.openapi.internal.OpenEvents;
import io.suretyhub.shared.AccessScope;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /open/v1/events?after=<cursor>}: the insurer's events after a cursor, oldest first, so a
 * system that was down catches up; the same events its webhook receives, with the same event ids.
 */
@RestController
@OpenApiOperations
class EventsEndpoint {

	private final OpenEvents events;

	EventsEndpoint(OpenEvents events) {
		this.events = events;
	}

	@Operation(operationId = "listEvents", summary = "The insurer's events after a cursor, oldest first")
	@GetMapping("/open/v1/events")
	EventPage events(@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit, AccessScope insurer) {
		List<OpenEvents.Event> found = events.after(insurer.organisationId(), after, limit);
		long next = found.isEmpty() ? after : found.get(found.size() - 1).cursor();
		return new EventPage(found.stream().map(e -> new EventItem(e.cursor(), e.payload())).toList(), next);
	}

	/**
	 * @param events oldest first
	 * @param next the cursor to ask with next time ({@code after})
	 */
	record EventPage(List<EventItem> events, long next) {
	}

	/**
	 * @param cursor this event's position
	 * @param event {@code eventId}, {@code type}, {@code occurredAt} and {@code data}, exactly as the webhook's body
	 */
	record EventItem(long cursor, Map<String, Object> event) {
	}

}
