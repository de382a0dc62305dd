package io.suretyhub.audit.internal;

/** The head of the chain: the last sequence number appended and its hash. */
record ChainHead(long lastSequence, String lastHash) {
}
