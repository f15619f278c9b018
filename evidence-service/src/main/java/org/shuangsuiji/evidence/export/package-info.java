/**
 * Export of one inspection's evidence as a zip a reviewer can check with standard tools:
 * {@code SHA256SUMS}, {@code CHAIN}, the records' canonical texts, {@code manifest.json}
 * and a verification script. Plain Java, no Spring.
 */
package org.shuangsuiji.evidence.export;
