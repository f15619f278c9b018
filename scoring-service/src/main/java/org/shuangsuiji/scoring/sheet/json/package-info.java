/**
 * The JSON adapter of sheets: the canonical JSON of a submitted result and its SHA-256,
 * implementing the feature's {@code ResultHash} port.
 */
package org.shuangsuiji.scoring.sheet.json;
