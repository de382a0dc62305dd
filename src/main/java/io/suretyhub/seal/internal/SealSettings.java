package io.suretyhub.seal.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the seal module.
 *
 * @param dataDir where the hosted key store and the demo CA live; blank for a throw-away directory (tests)
 * @param keystorePassword password of the key stores; blank: generated once and kept in the data directory (demo only)
 * @param demoCa whether the platform issues certificates for hosted keys from its own DEMO certificate authority
 * @param hostedValidity how long a certificate for a hosted key is valid
 */
@ConfigurationProperties("suretyhub.seal")
public record SealSettings(@DefaultValue("./data/seal") String dataDir, @DefaultValue("") String keystorePassword,
		@DefaultValue("true") boolean demoCa, @DefaultValue("P730D") Duration hostedValidity) {
}
