package io.suretyhub.policy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such policy, or not one the viewer may see or act on: answered as 404 (R-GEO-2). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PolicyNotFound extends RuntimeException {

	public PolicyNotFound(long id) {
		super("No policy " + id);
	}

}
