package io.suretyhub.identity.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface AccountRepository extends CrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	/** Loads the account and holds its row until the transaction ends, so that concurrent attempts count. */
	@Query("select * from account where username = :username for update")
	Optional<Account> lockByUsername(String username);

	@Query("select * from account where id = :id for update")
	Optional<Account> lockById(long id);

}
