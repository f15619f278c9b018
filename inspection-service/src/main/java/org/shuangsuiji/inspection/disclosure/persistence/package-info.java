/**
 * Published results on MongoDB: the {@code published_results} collection, one document
 * per task.
 */
package org.shuangsuiji.inspection.disclosure.persistence;
