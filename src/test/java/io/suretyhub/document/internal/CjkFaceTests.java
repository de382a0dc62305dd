package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-POL-5: the CJK font is embedded per document with only the glyphs it shows, from a font parsed once")
class CjkFaceTests {

	static final CjkFont FONT = new CjkFont();

	@Test
	void anyGb2312NameShowsAndExtractsWithOnlyItsGlyphsEmbedded() throws Exception {
		String rare = "鼹鼷鼽齄夔蘩 Ｗ-１２３ 壹佰贰拾叁万 ☆□✓ (A-z 0-9)";
		byte[] pdf = pdf(rare, FONT.smallFace());
		assertThat(pdf.length).isLessThan(40_000);
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(rare);
			var font = (PDType0Font) document.getPage(0).getResources().getFont(
					document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSerifSC-Regular");
			assertThat(font.getPath(font.encode("鼹")[0] << 8 | font.encode("鼹")[1] & 0xFF).getBounds2D().getWidth())
				.isGreaterThan(100);
			var image = new PDFRenderer(document).renderImageWithDPI(0, 40);
			int dark = 0;
			for (int x = 0; x < image.getWidth(); x++) {
				for (int y = 0; y < image.getHeight(); y++) {
					dark += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
				}
			}
			assertThat(dark).isGreaterThan(50);
		}
	}

	@Test
	void theSharedFontNeverReachesTheFile() throws Exception {
		byte[] small = pdf("农", FONT.smallFace());
		byte[] larger = pdf("农民工工资支付履约保证保险单", FONT.smallFace());
		assertThat(small.length).isLessThan(12_000);
		assertThat(larger.length).isGreaterThan(small.length);
	}

	@Test
	void theDocumentsWordingComesFromTheCommonFontAndNamesFromTheExtraOne() throws Exception {
		String mixed = "投保人：鼹鼷建工 Ｗ-１２３ 壹佰贰拾叁万元整";
		try (var document = Loader.loadPDF(pdf(mixed, FONT.face()))) {
			assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(mixed);
			var resources = document.getPage(0).getResources();
			List<Integer> glyphs = new java.util.ArrayList<>();
			for (var name : resources.getFontNames()) {
				var font = (PDType0Font) resources.getFont(name);
				assertThat(font.isEmbedded()).isTrue();
				glyphs.add(font.getDescendantFont().getCOSObject().getCOSArray(org.apache.pdfbox.cos.COSName.W).size());
			}
			assertThat(glyphs).hasSize(2);
		}
		byte[] common = FONT.common().file();
		assertThat(FONT.common().glyphs().get(FONT.glyphId('保'))).isTrue();
		assertThat(FONT.common().glyphs().get(FONT.glyphId('鼹'))).isFalse();
		assertThat(FONT.common().file()).isSameAs(common);
	}

	private static byte[] pdf(String text, CjkFace face) throws Exception {
		try (var document = new PDDocument()) {
			var page = new PDPage();
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.newLineAtOffset(40, 700);
				face.showText(content, text, 12);
				content.endText();
			}
			face.embed(document, List.of(page.getResources()));
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
