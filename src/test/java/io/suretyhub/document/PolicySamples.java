package io.suretyhub.document;

import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Money;

/** A complete policy as tests issue it. */
public final class PolicySamples {

	public static final String INSURER_NAME = "中国人民财产保险股份有限公司新疆维吾尔自治区分公司";

	private PolicySamples() {
	}

	public static PolicyDocument policy(String number, String code, long insurerId) {
		return new PolicyDocument(number, code, insurerId, INSURER_NAME, AreaCode.of("650100"),
				new Policyholder("新疆天山建设工程集团有限公司", new CreditCode("91650100MA77XJ3K1G"),
						"新疆乌鲁木齐市天山区解放北路188号"),
				new ConstructionProject("乌鲁木齐市第十九中学教学综合楼新建工程", Money.yuan("98765432.10"),
						LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29), "乌鲁木齐市水磨沟区南湖东路以北、会展大道以西"),
				new PolicyDocument.CounterGuarantee("FDB-2026-0318", Money.yuan("1000000"),
						"连带责任保证，覆盖本保单项下全部垫付款项及追偿费用", LocalDate.of(2026, 11, 23),
						LocalDate.of(2028, 2, 29)),
				Money.yuan("1234567.89"), Money.yuan("6172.84"), PolicyDocument.Deductible.NONE,
				LocalDate.of(2026, 11, 23), LocalDate.of(2028, 2, 29), PaymentForm.TRANSFER, LocalDate.of(2026, 11, 20),
				PolicyDocument.DisputeResolution.arbitration("乌鲁木齐仲裁委员会"), "乌鲁木齐市人力资源和社会保障局", "新疆乌鲁木齐市",
				LocalDate.of(2026, 11, 23), "王建国", "李晓梅");
	}

}
