/**
 * The verifiable double-random draw (双随机): the pool snapshot and rules, their canonical
 * serialisation and SHA-256 commitment, the seed, the deterministic draw of agencies and
 * teams, replacements as recorded events, and the re-run that verifies all of it (the
 * algorithm is specified in docs/adr/0401-verifiable-draw-algorithm.md). The use cases
 * ({@code DrawService}: commit, draw, replace, verify; {@code DrawRepair}) and the ports
 * they need: {@code DrawStore}, {@code RegistryPoolReader} (registry-service),
 * {@code DrawTasks} (the task feature). Plain Java, no Spring.
 */
package org.shuangsuiji.inspection.draw;
