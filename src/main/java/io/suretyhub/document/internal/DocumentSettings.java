package io.suretyhub.document.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the document module.
 *
 * @param publicBaseUrl the platform's public address, used in the QR code of every policy
 * @param remoteSigningValidity how long a policy prepared for remote signing waits for its signature
 * @param verificationsPerMinute public verification requests allowed per client address and minute
 */
@ConfigurationProperties("suretyhub.document")
public record DocumentSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl,
		@DefaultValue("PT24H") Duration remoteSigningValidity, @DefaultValue("30") int verificationsPerMinute) {

	/** The public verification page for a policy, as the QR code opens it. */
	public String verifyUrl(String number, String code) {
		return stripSlash(publicBaseUrl) + "/public/verify?number=" + number + "&code=" + code;
	}

	public String verifyPage() {
		return stripSlash(publicBaseUrl) + "/public/verify";
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
