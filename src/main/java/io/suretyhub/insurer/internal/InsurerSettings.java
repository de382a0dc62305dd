package io.suretyhub.insurer.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code suretyhub.insurer.*}: the upload limit, when a quarterly report is due, the lowest rate that is
 * not "maliciously low" (R-SUP-3, per mille of the insured amount) and the shortest rectification.
 */
@ConfigurationProperties("suretyhub.insurer")
public record InsurerSettings(DataSize uploadLimit, Integer reportDueDays, BigDecimal rateFloorPerMille,
		Integer minimumRectificationMonths) {

	public InsurerSettings {
		uploadLimit = uploadLimit == null ? DataSize.ofMegabytes(10) : uploadLimit;
		reportDueDays = reportDueDays == null ? 30 : reportDueDays;
		rateFloorPerMille = rateFloorPerMille == null ? new BigDecimal("0.5") : rateFloorPerMille;
		minimumRectificationMonths = minimumRectificationMonths == null ? 1 : Math.max(1, minimumRectificationMonths);
	}

}
