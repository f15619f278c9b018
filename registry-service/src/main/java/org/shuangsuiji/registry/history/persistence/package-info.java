/**
 * The append-only {@code history} collection.
 */
package org.shuangsuiji.registry.history.persistence;
