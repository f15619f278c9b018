/**
 * Disclosure (一公开): the per-agency publication of an inspection's final conclusion in the
 * fields of the national publicity system (检查实施机关, 抽查类型, 抽查日期, 抽查结果), with the links and
 * hashes a reader needs to check it. Use case {@code DisclosureService}; port
 * {@code PublishedResultStore}. Plain Java.
 */
package org.shuangsuiji.inspection.disclosure;
