package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.suretyhub.document.FormDocuments;
import io.suretyhub.document.PaymentForm;
import io.suretyhub.document.PaymentNotice;
import io.suretyhub.document.PolicySamples;
import io.suretyhub.document.SurrenderApplication;
import io.suretyhub.document.SurrenderApplication.AuthorityOpinion;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Money;
import io.suretyhub.testing.MutableClockConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(MutableClockConfiguration.class)
@DisplayName("R-POL-7 / R-CLM-1: the surrender application and the payment notice are rendered from their records")
class FormRenderingTests {

	@Autowired
	FormDocuments forms;

	@Test
	void surrenderApplicationCarriesAttachment4() throws Exception {
		var policy = PolicySamples.policy("WG-650100-2026-0017-000042", "K7M2Q9XW4P", 17);
		var application = new SurrenderApplication(policy.number(), policy.policyholder(), policy.project(),
				policy.sumInsured(), policy.periodStart(), policy.periodEnd(), PaymentForm.CASH, policy.paymentDate(),
				"工程已竣工验收，无拖欠农民工工资，公示期满。", LocalDate.of(2027, 6, 1),
				new AuthorityOpinion("同意退保。", "乌鲁木齐市人力资源和社会保障局", "赵志刚", "孙丽", "0991-1234567",
						LocalDate.of(2027, 6, 5)));
		byte[] pdf = forms.render(application);
		PolicyRenderingTests.writeImage(pdf, 0, "target/surrender-application.png");
		String text = text(pdf);
		assertThat(text).contains("自治区农民工工资保证保险退保申请书", "WG-650100-2026-0017-000042", "退保原因",
				"工程已竣工验收", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", "属地人力资源和社会保障行政部门意见", "同意退保。",
				"负责人签字：赵志刚", "经办人签字：孙丽");
	}

	@Test
	void paymentNoticeCarriesAttachment5WithTheWageTable() throws Exception {
		var notice = new PaymentNotice("RSZF-2027-0009", "新疆天山建设工程集团有限公司", new CreditCode("91650100MA77XJ3K1G"),
				"乌鲁木齐市天山区解放北路188号 830000", "张建华", "0991-7654321", "刘强", "13899990000",
				"乌鲁木齐市第十九中学教学综合楼新建工程", PolicySamples.INSURER_NAME, "陈静", "0991-5558888",
				List.of(new PaymentNotice.Payee("马晓军", "650102199001011234", "13800001111", "6222020200112233445",
						Money.yuan("8600.00")),
						new PaymentNotice.Payee("阿不都热依木", "650121198805052345", "13900002222", "6217000010002233",
								Money.yuan("9200.50"))),
				"乌人社监令〔2027〕12号", new AuthorityOpinion(null, "乌鲁木齐市人力资源和社会保障局", "赵志刚", "孙丽",
						"0991-1234567", LocalDate.of(2027, 3, 2)));
		byte[] pdf = forms.render(notice);
		PolicyRenderingTests.writeImage(pdf, 0, "target/payment-notice.png");
		PolicyRenderingTests.writeImage(pdf, 1, "target/payment-notice-wages.png");
		String text = text(pdf);
		assertThat(text).contains("农民工工资保证金支付通知书", "RSZF-2027-0009", "共2人，见所附工资支付表",
				"小写：￥17,800.50", "大写：壹万柒仟捌佰元伍角", "请你单位在5个工作日内将上述款项以银行转账方式支付给本通知书列明的支付对象。",
				"工资支付表", "阿不都热依木", "6217000010002233", "乌人社监令〔2027〕12号");
	}

	@Test
	void longWageTableRunsOverPagesWithItsHeaderOnEach() throws Exception {
		List<PaymentNotice.Payee> payees = new java.util.ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			payees.add(new PaymentNotice.Payee("工人" + i, "650102199001011234", i % 2 == 0 ? null : "13800001111",
					"6222020200112233445", Money.yuan("1000.50")));
		}
		var notice = new PaymentNotice("RSZF-2027-0010", "新疆天山建设工程集团有限公司", new CreditCode("91650100MA77XJ3K1G"),
				"乌鲁木齐市天山区解放北路188号 830000", null, null, null, null, "乌鲁木齐市第十九中学教学综合楼新建工程",
				PolicySamples.INSURER_NAME, null, null, payees, "乌人社监令〔2027〕13号",
				new AuthorityOpinion(null, "乌鲁木齐市人力资源和社会保障局", "赵志刚", "孙丽", "0991-1234567", LocalDate.of(2027, 3, 2)));
		byte[] pdf = forms.render(notice);
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
			for (int page = 2; page <= document.getNumberOfPages(); page++) {
				var stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(document).replaceAll("\\s+", "")).contains("序号姓名身份证号");
			}
		}
		assertThat(text(pdf)).contains("120工人120", "￥1,000.50", "合计", "大写：壹拾贰万零陆拾元整");
	}

	private static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

}
