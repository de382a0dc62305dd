package io.suretyhub.payout.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PayoutSettings.class)
class PayoutConfiguration {

	@Bean
	PersonalData payoutPersonalData(PayoutSettings settings,
			@Value("${suretyhub.embedded-db.data-dir:./data/postgres}") String dataDir) {
		byte[] data = PayoutKeys.resolve(settings.dataKey(), "suretyhub.payout.data-key", dataDir, "payout-data.key");
		byte[] lookup = PayoutKeys.resolve(settings.lookupKey(), "suretyhub.payout.lookup-key", dataDir,
				"payout-lookup.key");
		var previous = settings.previousDataKeys().stream()
			.map(k -> PayoutKeys.decode(k.trim(), "suretyhub.payout.previous-data-keys"))
			.toList();
		return new PersonalData(data, previous, lookup);
	}

}
