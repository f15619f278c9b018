/**
 * registry-service. Features: {@code region}, {@code agency}, {@code appraiser},
 * {@code pool}, {@code conflict}, {@code history}, {@code importing}; each with its
 * domain at the root and {@code application}, {@code web} and {@code persistence} at the
 * edges.
 */
package org.shuangsuiji.registry;
