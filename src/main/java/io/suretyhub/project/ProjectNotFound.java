package io.suretyhub.project;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such project, or not one the viewer may see or act on: answered as 404 (R-GEO-2). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProjectNotFound extends RuntimeException {

	public ProjectNotFound(long id) {
		super("No project " + id);
	}

}
