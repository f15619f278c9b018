/**
 * The {@code sheets} collection: one document per sheet holding its answers, its history
 * and, once submitted, its result and the summary fields dashboards aggregate.
 */
package org.shuangsuiji.scoring.sheet.persistence;
