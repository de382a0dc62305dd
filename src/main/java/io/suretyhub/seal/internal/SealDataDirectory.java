package io.suretyhub.seal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The directory holding key stores, and the password protecting them. */
class SealDataDirectory {

	private final Path directory;

	private final char[] password;

	SealDataDirectory(SealSettings settings) {
		try {
			this.directory = settings.dataDir().isBlank() ? Files.createTempDirectory("suretyhub-seal")
					: Files.createDirectories(Path.of(settings.dataDir()));
			this.password = settings.keystorePassword().isBlank() ? generatedPassword()
					: settings.keystorePassword().toCharArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the seal data directory", ex);
		}
	}

	Path resolve(String name) {
		return directory.resolve(name);
	}

	char[] password() {
		return password.clone();
	}

	/** Writes a file readable only by its owner, atomically. */
	void writePrivate(String name, byte[] content) throws IOException {
		Path temporary = Files.createTempFile(directory, name, ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.write(temporary, content);
		Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

	private char[] generatedPassword() throws IOException {
		Path file = directory.resolve("keystore.password");
		if (!Files.exists(file)) {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			writePrivate("keystore.password",
					Base64.getUrlEncoder().withoutPadding().encode(random));
		}
		return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
	}

}
