package io.suretyhub.shared;

/**
 * Who is looking, and at what they may look (R-GEO-2). Controllers take it as a method argument;
 * every query filters by {@link #covers(AreaCode)} or by {@link #organisationId()}.
 *
 * @param accountId the signed-in account
 * @param username its login name
 * @param organisationId the organisation the account belongs to
 * @param area the organisation's area: the region for region-wide roles
 * @param role what the account may do
 */
public record AccessScope(long accountId, String username, long organisationId, AreaCode area, Role role)
		implements java.io.Serializable {

	/** Whether a record in {@code place} is visible to this viewer. */
	public boolean covers(AreaCode place) {
		return place != null && area.contains(place);
	}

	/** The SQL {@code LIKE} prefix of every area code this viewer covers, e.g. {@code 6501%}. */
	public String areaPrefix() {
		String code = area.value();
		if (area.isRegion()) {
			return code.substring(0, 2) + "%";
		}
		return area.isPrefecture() ? code.substring(0, 4) + "%" : code;
	}

	/** Implemented by the signed-in principal, so that any module can read the scope from it. */
	public interface Holder {

		AccessScope scope();

	}

}
