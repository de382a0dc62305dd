package io.suretyhub.document.internal;

import java.security.SecureRandom;

import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.shared.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Policy numbers from one counter row per prefecture, year and insurer; codes from a {@link SecureRandom}. */
@Service
class PolicyNumberGenerator implements PolicyNumbers {

	static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	static final int CODE_LENGTH = 10;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	PolicyNumberGenerator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String next(AreaCode area, int year, long insurerId) {
		String prefecture = area.prefecture().value();
		long sequence = jdbc.sql("""
				INSERT INTO policy_number_counter (area_code, year, insurer_id, last_value) VALUES (:area, :year, :insurer, 1)
				ON CONFLICT (area_code, year, insurer_id)
				DO UPDATE SET last_value = policy_number_counter.last_value + 1
				RETURNING last_value""")
			.param("area", prefecture)
			.param("year", year)
			.param("insurer", insurerId)
			.query(Long.class)
			.single();
		return String.format("WG-%s-%04d-%04d-%06d", prefecture, year, insurerId, sequence);
	}

	@Override
	public String newVerificationCode() {
		var code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

}
