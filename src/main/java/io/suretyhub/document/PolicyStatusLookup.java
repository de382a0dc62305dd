package io.suretyhub.document;

import java.util.Optional;

/**
 * Where public verification reads a policy's current status. The policy module implements it (a bean
 * of this type); until then the status is {@code issued} for every issued document.
 */
public interface PolicyStatusLookup {

	/**
	 * The status of the policy, as a stable key such as {@code issued}, {@code in_force}, {@code expired},
	 * {@code surrendered} or {@code exhausted}; texts are {@code document.status.<key>}.
	 */
	Optional<String> status(String policyNumber);

}
