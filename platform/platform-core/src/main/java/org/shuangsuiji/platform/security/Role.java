package org.shuangsuiji.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The Keycloak realm roles of the platform. */
public enum Role {

	/** 省司法厅. */
	PROVINCE("province"),
	/** 市司法局. */
	CITY("city"),
	/** 县(市、区)司法局. */
	COUNTY("county"),
	/** 执法检查人员 holding a 执法证号. */
	INSPECTOR("inspector"),
	/** 鉴定专家. */
	EXPERT("expert"),
	/** A 司法鉴定机构's own account. */
	AGENCY("agency"),
	/**
	 * 司法部公共法律服务管理局: reads the supervision dashboards of the whole country, changes
	 * nothing. Never a bureau and never a {@link Caller} (ADR 0006).
	 */
	MINISTRY("ministry");

	private final String realmRole;

	Role(String realmRole) {
		this.realmRole = realmRole;
	}

	/** The role's name in the Keycloak realm and in {@code realm_access.roles}. */
	public String realmRole() {
		return this.realmRole;
	}

	/** The Spring Security authority the role becomes. */
	public String authority() {
		return "ROLE_" + this.realmRole;
	}

	public static Optional<Role> fromRealmRole(String name) {
		return Arrays.stream(values()).filter((role) -> role.realmRole.equals(name)).findFirst();
	}

	/**
	 * Whether the role belongs to a justice bureau (司法行政机关) rather than a person or
	 * agency.
	 */
	public boolean isBureau() {
		return this == PROVINCE || this == CITY || this == COUNTY;
	}

}
