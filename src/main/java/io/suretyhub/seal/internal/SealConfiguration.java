package io.suretyhub.seal.internal;

import java.time.Clock;

import io.suretyhub.seal.SigningKeys;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The seal module's beans: the data directory, the hosted key store (a PKCS#12 file, or a PKCS#11 token with
 * {@code suretyhub.seal.key-store=pkcs11}: see {@code docs/signing.md}) and the DEMO certificate authority (unless
 * {@code suretyhub.seal.demo-ca=false}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SealSettings.class)
class SealConfiguration {

	@Bean
	SealDataDirectory sealDataDirectory(SealSettings settings) {
		return new SealDataDirectory(settings);
	}

	@Bean
	@ConditionalOnProperty(name = "suretyhub.seal.key-store", havingValue = "pkcs12", matchIfMissing = true)
	SigningKeys signingKeys(SealDataDirectory directory) {
		return new KeyStoreSigningKeys(directory);
	}

	@Bean
	@ConditionalOnProperty(name = "suretyhub.seal.key-store", havingValue = "pkcs11")
	SigningKeys tokenSigningKeys(SealSettings settings) {
		return new Pkcs11SigningKeys(settings.pkcs11());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "suretyhub.seal.demo-ca", matchIfMissing = true)
	DemoCertificateAuthority demoCertificateAuthority(SealDataDirectory directory, Clock clock) {
		return new DemoCertificateAuthority(directory, clock);
	}

}
