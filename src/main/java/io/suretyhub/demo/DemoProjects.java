package io.suretyhub.demo;

import java.util.List;

import io.suretyhub.project.ProjectRegistration;
import io.suretyhub.project.Projects;

/** A few projects of the demo contractors, in three prefectures. */
class DemoProjects {

	private final Projects projects;

	DemoProjects(Projects projects) {
		this.projects = projects;
	}

	/** @return the projects' ids, in this order: two of tianshan's, bogda's, kashi-silu's, tianchi's, yili-river's */
	List<Long> register(List<Long> contractors) {
		return List.of(add(contractors.get(0), "乌鲁木齐市天山区保障性住房二期工程", "650102", "乌鲁木齐市城市建设投资集团有限公司", "86500000.00",
				"乌鲁木齐市天山区延安路 88 号"),
				add(contractors.get(0), "乌鲁木齐市水磨沟区学校扩建工程", "650105", "乌鲁木齐市水磨沟区教育局", "23800000.00",
				"乌鲁木齐市水磨沟区南湖北路 12 号"),
				add(contractors.get(1), "乌鲁木齐绕城高速东段养护工程", "650104", "新疆交通建设投资有限公司", "41200000.00",
				"乌鲁木齐市新市区"),
				add(contractors.get(2), "喀什市老城区市政管网改造工程", "653101", "喀什市住房和城乡建设局", "15600000.00",
				"喀什市人民东路"),
				add(contractors.get(3), "昌吉市滨湖新区安置房工程", "652301", "昌吉市城市建设投资有限公司", "52000000.00",
				"昌吉市滨湖新区"),
				add(contractors.get(4), "伊宁市农田水利灌区改造工程", "654002", "伊犁州水利局", "9800000.00", "伊宁市英也尔乡"));
	}

	private long add(long contractor, String name, String area, String owner, String price, String address) {
		return projects.register(new ProjectRegistration(contractor, name, area, owner, price, address, "HOUSING", "BUILDING",
				"NEW", "2026-03-01", "2027-10-31", "650100202602150101", "2026-02-15", null));
	}

}
