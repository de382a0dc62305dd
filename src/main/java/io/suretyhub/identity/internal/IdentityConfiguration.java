package io.suretyhub.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	SecretCipher secretCipher(@Value("${" + SecretKeys.PROPERTY + ":}") String configuredKey,
			@Value("${suretyhub.embedded-db.data-dir:./data/postgres}") String dataDir) {
		return new SecretCipher(SecretKeys.resolve(configuredKey, dataDir));
	}

	/** BCrypt, with the algorithm named in each hash ({@code {bcrypt}…}) so that it can be changed later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return new PasswordPolicy();
	}

}
