package io.suretyhub.insurer.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The file types a filing accepts, recognised by their first bytes, not by their name. */
enum FileType {

	PDF("application/pdf", Set.of("pdf"), new int[] { 0x25, 0x50, 0x44, 0x46, 0x2D }),
	PNG("image/png", Set.of("png"), new int[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
	JPEG("image/jpeg", Set.of("jpg", "jpeg"), new int[] { 0xFF, 0xD8, 0xFF });

	private final String contentType;

	private final Set<String> extensions;

	private final int[] magic;

	FileType(String contentType, Set<String> extensions, int[] magic) {
		this.contentType = contentType;
		this.extensions = extensions;
		this.magic = magic;
	}

	String contentType() {
		return contentType;
	}

	/** The type these bytes are, if they are one we accept and the name's extension says the same. */
	static Optional<FileType> of(byte[] content, String fileName) {
		String extension = extension(fileName);
		return Arrays.stream(values())
			.filter(type -> type.matches(content))
			.filter(type -> type.extensions.contains(extension))
			.findFirst();
	}

	private boolean matches(byte[] content) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static String extension(String fileName) {
		if (fileName == null || fileName.lastIndexOf('.') < 0) {
			return "";
		}
		return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}

}
