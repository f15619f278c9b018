/**
 * Conclusions on MongoDB: the {@code conclusions} collection, one document per task.
 */
package org.shuangsuiji.inspection.conclusion.persistence;
