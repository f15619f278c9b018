/**
 * The {@code inspectors} and {@code experts} collections.
 */
package org.shuangsuiji.registry.pool.persistence;
