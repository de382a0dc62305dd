package io.suretyhub.audit.internal;

/** Ends the process with a status; {@link System#exit(int)} unless a test provides a bean of this type. */
@FunctionalInterface
interface ProcessExit {

	void exit(int status);

}
