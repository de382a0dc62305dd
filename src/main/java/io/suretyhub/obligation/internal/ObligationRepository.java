package io.suretyhub.obligation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ObligationRepository extends CrudRepository<Obligation, Long> {

	@Query("select * from obligation where rule = :rule and subject_type = :type and subject_id = :id and started_at = :startedAt")
	Optional<Obligation> findOpened(String rule, String type, String id, Instant startedAt);

	@Query("select * from obligation where rule = :rule and subject_type = :type and subject_id = :id and status in ('OPEN', 'OVERDUE')")
	List<Obligation> findOpen(String rule, String type, String id);

}
