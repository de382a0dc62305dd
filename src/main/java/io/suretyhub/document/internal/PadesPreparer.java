package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.springframework.stereotype.Component;

/**
 * Reserves a PAdES signature (ETSI.CAdES.detached) with the insurer's visible seal in a drawn document and
 * saves it once, without object streams, so that the byte range covers the whole file and the document
 * is never parsed again before it is signed.
 */
@Component
class PadesPreparer {

	static final int RESERVED_BYTES = 16 * 1024;

	private final CjkFont font;

	private final Texts texts;

	PadesPreparer(CjkFont font, Texts texts) {
		this.font = font;
		this.texts = texts;
	}

	/** The document saved with an empty signature reserved; {@code drawn} is closed. */
	PreparedPdf prepare(Drawn drawn, String insurerName, Instant signingTime) {
		try (drawn; var options = new SignatureOptions()) {
			PDDocument document = drawn.document();
			var signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(insurerName);
			signature.setReason(texts.get("signature.reason"));
			var calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
			calendar.setTimeInMillis(signingTime.toEpochMilli());
			signature.setSignDate(calendar);
			options.setPreferredSignatureSize(RESERVED_BYTES);
			options.setPage(drawn.sealPage());
			document.addSignature(signature, options);
			var widget = field(document, signature).getWidgets().get(0);
			widget.setRectangle(new PDRectangle(drawn.sealX(), drawn.sealY(), drawn.sealSize(), drawn.sealSize()));
			widget.setAppearance(SealAppearance.draw(document, font, insurerName,
					texts.get("seal.center"), drawn.sealSize()));
			var out = new PdfBuffer(2 * RESERVED_BYTES + 192 * 1024);
			document.save(out, CompressParameters.NO_COMPRESSION);
			return SignatureSlot.fill(out.toByteArray(), RESERVED_BYTES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the signature", ex);
		}
	}

	private static PDSignatureField field(PDDocument document, PDSignature signature) {
		return document.getDocumentCatalog()
			.getAcroForm(null)
			.getFields()
			.stream()
			.filter(PDSignatureField.class::isInstance)
			.map(PDSignatureField.class::cast)
			.filter(f -> f.getSignature() != null && f.getSignature().getCOSObject() == signature.getCOSObject())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The signature field was not created"));
	}

}
