package org.shuangsuiji.registry.pool;

import org.shuangsuiji.platform.region.RegionCode;

/** A member of a pool the draw picks from: an inspector or an expert. */
public sealed interface PoolMember permits Inspector, Expert {

	String id();

	String name();

	String unit();

	RegionCode regionCode();

	boolean active();

	Long version();

	/** What identifies the person across imports (unique in the pool). */
	String naturalKey();

	/**
	 * Whether the natural key is a certificate number (then a duplicate names that field,
	 * else the name).
	 */
	default boolean keyedByCertificate() {
		return false;
	}

}
