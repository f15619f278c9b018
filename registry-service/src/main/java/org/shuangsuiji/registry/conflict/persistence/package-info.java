/**
 * The {@code conflicts} collection.
 */
package org.shuangsuiji.registry.conflict.persistence;
