package io.suretyhub.policy;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code suretyhub.policy.*}.
 *
 * @param rateFloor the lowest filed rate an insurer may price with, a fraction; below it is a maliciously
 * low rate (R-SUP-3). Default 0.001 (0.1 %).
 */
@ConfigurationProperties("suretyhub.policy")
public record PolicySettings(BigDecimal rateFloor) {

	public PolicySettings {
		if (rateFloor == null) {
			rateFloor = new BigDecimal("0.001");
		}
	}

}
