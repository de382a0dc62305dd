package io.suretyhub.statistics;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such area, or one outside the viewer's: answered as 404 exactly like a missing one (R-GEO-2). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AreaNotFound extends RuntimeException {

	public AreaNotFound(String code) {
		super("No area " + code);
	}

}
