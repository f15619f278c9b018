package org.shuangsuiji.registry.pool;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;

/**
 * Where the pools are kept, one collection per kind; a member is unique in its pool by
 * its natural key. A region means its whole subtree.
 */
public interface PoolStore {

	<M extends PoolMember> Optional<M> find(PoolKind<M> kind, String id);

	<M extends PoolMember> Optional<M> findByKey(PoolKind<M> kind, String naturalKey);

	<M extends PoolMember> List<M> findByKeys(PoolKind<M> kind, Collection<String> naturalKeys);

	/** The members of the region, by name; only those who can be drawn when asked. */
	<M extends PoolMember> List<M> inRegion(PoolKind<M> kind, RegionCode region, boolean activeOnly);

	<M extends PoolMember> Page<M> page(PoolKind<M> kind, RegionCode region, PageRequest page);

	<M extends PoolMember> M save(PoolKind<M> kind, M member);

}
