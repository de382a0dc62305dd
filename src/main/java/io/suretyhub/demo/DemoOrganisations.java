package io.suretyhub.demo;

import java.util.ArrayList;
import java.util.List;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Role;

/** The demo's organisations, all fictional but the authorities' names; each with its logins. */
class DemoOrganisations {

	private final Organisations organisations;

	private final DemoAccounts accounts;

	private final List<Long> contractors = new ArrayList<>();

	DemoOrganisations(Organisations organisations, DemoAccounts accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	void authorities() {
		long region = register(OrganisationKind.REGION_AUTHORITY, "新疆维吾尔自治区人力资源和社会保障厅", "650000", null);
		accounts.open("region", "自治区人社厅 监管员", Role.REGION_AUTHORITY, region, "650000");
		accounts.open("sysadmin", "系统管理员", Role.SYSTEM_ADMIN, region, "650000");
		accounts.open("secadmin", "安全管理员", Role.SECURITY_ADMIN, region, "650000");
		accounts.open("auditadmin", "审计管理员", Role.AUDIT_ADMIN, region, "650000");
		local("urumqi", "乌鲁木齐市人力资源和社会保障局", "650100");
		local("kashgar", "喀什地区人力资源和社会保障局", "653100");
		local("changji", "昌吉回族自治州人力资源和社会保障局", "652300");
		long regulator = register(OrganisationKind.FINANCIAL_REGULATOR, "国家金融监督管理总局新疆监管局", "650000", null);
		accounts.open("regulator", "金融监管 联络员", Role.FINANCIAL_REGULATOR, regulator, "650000");
	}

	List<Long> contractors() {
		contractor("tianshan", "天山建工集团有限公司", "91650100MA78H2K3X", "650102");
		contractor("bogda", "博格达路桥工程有限公司", "91650100MA79A1B2C", "650104");
		contractor("kashi-silu", "喀什丝路建设工程有限公司", "91653100MA7ABC123", "653101");
		contractor("tianchi", "昌吉天池建筑安装有限公司", "91652300MA7DEF456", "652301");
		contractor("yili-river", "伊犁河谷水利水电工程有限公司", "91654000MA7GHJ789", "654002");
		return List.copyOf(contractors);
	}

	private void local(String username, String name, String area) {
		long id = register(OrganisationKind.LOCAL_AUTHORITY, name, area, null);
		accounts.open(username, name.replace("人力资源和社会保障局", "人社局") + " 监管员", Role.LOCAL_AUTHORITY, id, area);
	}

	long insurer(String name, String code17) {
		return register(OrganisationKind.INSURER, name, "650000", code17);
	}

	private void contractor(String username, String name, String code17, String area) {
		long id = register(OrganisationKind.CONTRACTOR, name, area, code17);
		contractors.add(id);
		accounts.open(username, name + " 项目经理", Role.CONTRACTOR, id, area);
	}

	private long register(OrganisationKind kind, String name, String area, String code17) {
		var registration = OrganisationRegistration.of(kind, name, area).withContact("示例地址", "示例联系人", "13800000000");
		if (code17 != null) {
			registration = registration.withCreditCode(code17 + CreditCode.checkCharacter(code17));
		}
		return organisations.register(registration);
	}

	static String branchSuffix(String prefecture) {
		return switch (prefecture) {
			case "650100" -> "乌鲁木齐中心支公司";
			case "653100" -> "喀什中心支公司";
			case "652300" -> "昌吉中心支公司";
			case "654000" -> "伊犁中心支公司";
			default -> prefecture + "支公司";
		};
	}

}
