package org.shuangsuiji.scoring.sheet;

import org.shuangsuiji.scoring.engine.Evaluation;

/**
 * The fingerprint of a submitted result that inspection-service seals into its audit
 * chain (ADR 0404): SHA-256, in hex, of the result's canonical JSON.
 */
@FunctionalInterface
public interface ResultHash {

	String of(Evaluation result);

}
