package io.suretyhub.openapi.internal;

/** How an insurer system signs: a shared secret (HMAC-SHA256) or its own ECDSA P-256 key pair. */
public enum KeyKind {

	HMAC, ECDSA

}
