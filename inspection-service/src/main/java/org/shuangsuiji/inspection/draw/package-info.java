/**
 * The verifiable double-random draw (双随机): the pool snapshot and rules, their canonical
 * serialisation and SHA-256 commitment, the seed, the deterministic draw of agencies and
 * teams, replacements as recorded events, and the re-run that verifies all of it. Plain
 * Java, no Spring; the algorithm is specified in
 * docs/adr/0401-verifiable-draw-algorithm.md.
 */
package org.shuangsuiji.inspection.draw;
