package io.suretyhub.area;

import java.util.Locale;

import io.suretyhub.shared.AreaCode;

/**
 * One node of the area tree.
 *
 * @param code its GB/T 2260 code
 * @param parent the code of the area it lies in; {@code null} for a region
 * @param nameZh the official Chinese name
 * @param nameEn the English name (the official English form or pinyin)
 * @param level where it sits in the tree
 */
public record Area(AreaCode code, AreaCode parent, String nameZh, String nameEn, AreaLevel level) {

	/** The name in {@code locale}: Chinese for any Chinese locale, English otherwise. */
	public String name(Locale locale) {
		return locale != null && !"zh".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	/** How deep it sits: 0 for a region, 1 for a prefecture or group, 2 for a county. */
	public int depth() {
		return switch (level) {
			case REGION -> 0;
			case PREFECTURE, GROUP -> 1;
			case COUNTY -> 2;
		};
	}

	/** Whether a project or an office can be located here: a prefecture or a county, not a group. */
	public boolean isPlace() {
		return level == AreaLevel.PREFECTURE || level == AreaLevel.COUNTY;
	}

}
