/**
 * The {@code inspection_rectifications} collection, one document per task and item.
 */
package org.shuangsuiji.registry.inspection.persistence;
