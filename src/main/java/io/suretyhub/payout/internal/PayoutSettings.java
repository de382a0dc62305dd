package io.suretyhub.payout.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suretyhub.payout.*}.
 *
 * @param dataKey base64 of 32 bytes: encrypts worker ID numbers, phones and bank cards (AES-GCM); empty →
 * a demo key file next to the embedded database, or a throw-away key without one
 * @param previousDataKeys keys that still decrypt older rows during a rotation (docs/payouts.md)
 * @param lookupKey base64 of 32 bytes: the HMAC key of the lookup hashes; empty → demo key file as above
 * @param lookupsPerMinute public worker status look-ups per client address and minute
 */
@ConfigurationProperties("suretyhub.payout")
public record PayoutSettings(@DefaultValue("") String dataKey, @DefaultValue List<String> previousDataKeys,
		@DefaultValue("") String lookupKey, @DefaultValue("10") int lookupsPerMinute) {
}
