/**
 * registry-service, in the service shape of ADR 0005. Features: {@code region},
 * {@code agency}, {@code appraiser}, {@code pool}, {@code conflict}, {@code history},
 * {@code importing}, {@code input}; each with its domain, use cases and ports at the root
 * (plain Java) and {@code web}, {@code persistence}, {@code listener} or {@code file} at
 * the edges. {@code config} wires them; {@code demo} loads the local demo data.
 */
package org.shuangsuiji.registry;
