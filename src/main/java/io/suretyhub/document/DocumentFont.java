package io.suretyhub.document;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font shipped in the jar, for other modules' PDF documents: embedded as a subset of the glyphs
 * the document uses when it is saved.
 */
public interface DocumentFont {

	PDType0Font embed(PDDocument document);

	/**
	 * Breaks {@code text} into lines no wider than {@code width} points in this font at {@code fontSize}:
	 * Chinese between any two characters, Latin words and numbers kept whole, no line starting with closing
	 * punctuation; {@code \n} starts a new line.
	 */
	List<String> wrap(String text, float fontSize, float width);

}
