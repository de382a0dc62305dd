package io.suretyhub.organisation;

import java.util.Set;

import io.suretyhub.area.AreaLevel;

/** What an organisation is; decides where it may be located and what it must carry. */
public enum OrganisationKind {

	/** 自治区人力资源和社会保障厅: located at the region. */
	REGION_AUTHORITY(Set.of(AreaLevel.REGION), false),
	/** 属地人社部门 of a prefecture or a county. */
	LOCAL_AUTHORITY(Set.of(AreaLevel.PREFECTURE, AreaLevel.COUNTY), false),
	/** 金融监管 office of the region or of a prefecture. */
	FINANCIAL_REGULATOR(Set.of(AreaLevel.REGION, AreaLevel.PREFECTURE), false),
	/** An insurer's region-level branch 自治区级分公司, the filing party. */
	INSURER(Set.of(AreaLevel.REGION), true),
	/** An insurer's prefecture branch 地州市分支机构; its parent is the insurer's region branch. */
	INSURER_BRANCH(Set.of(AreaLevel.PREFECTURE), false),
	/** A general contractor 施工总承包单位, the policyholder. */
	CONTRACTOR(Set.of(AreaLevel.PREFECTURE, AreaLevel.COUNTY), true);

	private final Set<AreaLevel> levels;

	private final boolean creditCodeRequired;

	OrganisationKind(Set<AreaLevel> levels, boolean creditCodeRequired) {
		this.levels = levels;
		this.creditCodeRequired = creditCodeRequired;
	}

	/** The kind with this name, or {@code null} for a blank or unknown name. */
	public static OrganisationKind fromName(String name) {
		for (OrganisationKind kind : values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

	/** Whether an organisation of this kind may be located at an area of this level. */
	public boolean mayBeLocatedAt(AreaLevel level) {
		return levels.contains(level);
	}

	public boolean requiresCreditCode() {
		return creditCodeRequired;
	}

	/** Whether an organisation of this kind has a parent, and which kind it must be. */
	public OrganisationKind parentKind() {
		return this == INSURER_BRANCH ? INSURER : null;
	}

}
