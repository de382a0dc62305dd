package io.suretyhub.document.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The documents' wording, always in Simplified Chinese (the legal text), from {@code i18n/document.properties}. */
@Component
class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... arguments) {
		return messages.getMessage("document.pdf." + key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
