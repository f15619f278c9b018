/**
 * Canonical JSON and the hashes built on it: the commitment of a draw and the audit hash
 * chain both hash bytes that any verifier, in any language, can rebuild.
 */
package org.shuangsuiji.inspection.canonical;
