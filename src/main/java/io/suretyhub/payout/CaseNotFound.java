package io.suretyhub.payout;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such arrears case, worker or payment, or not one the viewer may see: answered as 404 (R-GEO-2). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFound extends RuntimeException {

	public CaseNotFound(long id) {
		super("No arrears case " + id);
	}

}
