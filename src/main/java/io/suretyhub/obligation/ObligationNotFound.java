package io.suretyhub.obligation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such obligation, or none the viewer may see (both answer 404, R-GEO-2). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ObligationNotFound extends RuntimeException {

	public ObligationNotFound(long id) {
		super("No obligation " + id);
	}

}
