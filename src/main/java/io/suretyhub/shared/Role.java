package io.suretyhub.shared;

/**
 * What an account may do. The three separated administrators (system, security, audit) are what
 * MLPS level 3 (等保三级) asks for: no one of them can both act and cover it up.
 */
public enum Role {

	/** 自治区人社厅: registers insurers, watches everything, sanctions insurers. */
	REGION_AUTHORITY,
	/** 地/州/市 or county labour authority: sees and acts only in its own area. */
	LOCAL_AUTHORITY,
	/** 金融监管: read-only co-supervisor. */
	FINANCIAL_REGULATOR,
	INSURER_ADMIN,
	INSURER_STAFF,
	CONTRACTOR,
	SYSTEM_ADMIN,
	SECURITY_ADMIN,
	AUDIT_ADMIN;

	/** Whether this role must pass a second factor (TOTP) at every login. */
	public boolean requiresSecondFactor() {
		return this != CONTRACTOR;
	}

	/** The Spring Security authority name, {@code ROLE_…}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
