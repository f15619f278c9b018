/**
 * Use cases of the draw: commit the snapshot, seed and draw, replace, verify; and the
 * start-up pass that finishes task creation a crash interrupted.
 */
package org.shuangsuiji.inspection.draw.application;
