package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.suretyhub.document.PolicySamples;
import io.suretyhub.testing.MutableClockConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(MutableClockConfiguration.class)
@DisplayName("R-POL-4 / R-INS-5: the policy is rendered from data in the unified format")
class PolicyRenderingTests {

	@Autowired
	PolicyLayout layout;

	@Test
	void rendersEveryFieldWithAmountsInWordsAndTheUnifiedTerms() throws Exception {
		var rendered = layout.render(PolicySamples.policy("WG-650100-2026-0017-000042", "K7M2Q9XW4P", 17));
		try (var pdf = Loader.loadPDF(rendered)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("自治区农民工工资支付履约保证保险单", "WG-650100-2026-0017-000042", "K7M2Q9XW4P",
					"新疆天山建设工程集团有限公司", "91650100MA77XJ3K1G", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", "￥1,234,567.89",
					"投保人依法招用的农民工", "自2026年11月23日零时起至2028年2月29日二十四时止", "提交乌鲁木齐仲裁委员会仲裁",
					"诉讼时效期间为起保日期至保单止期后二年", "本保单的共同被保险人：乌鲁木齐市人力资源和社会保障局",
					"在5个工作日内以银行转账方式支付", "请在48小时内通知保险人", "核保：王建国", "制单：李晓梅", "FDB-2026-0318");
			assertThat(pdf.getDocumentInformation().getCustomMetadataValue("PolicyNumber"))
				.isEqualTo("WG-650100-2026-0017-000042");
		}
		writeImage(rendered, 0, "target/policy-unsigned.png");
	}

	/** Renders a page to a PNG, to look at. */
	static void writeImage(byte[] pdf, int page, String path) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 110);
			Path file = Path.of(path);
			Files.createDirectories(file.getParent());
			ImageIO.write(image, "png", file.toFile());
		}
	}

}
