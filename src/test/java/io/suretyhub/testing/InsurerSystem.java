package io.suretyhub.testing;

import java.util.Base64;

import io.suretyhub.simulator.RemoteSigner;

/**
 * What an insurer's own system does in remote signing, written with plain BouncyCastle and nothing
 * of the platform (the insurer simulator's {@link RemoteSigner}): given the document digest, make a
 * detached CMS (PAdES baseline-B attributes) with a private key the platform never sees.
 */
public final class InsurerSystem {

	private InsurerSystem() {
	}

	public static byte[] sign(byte[] documentDigest, TestCertificates.TestKey key) {
		return Base64.getDecoder().decode(new RemoteSigner(key.privateKey(), key.certificate()).sign(documentDigest));
	}

}
