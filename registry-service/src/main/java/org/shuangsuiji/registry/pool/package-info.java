/**
 * The pools the double random draw picks from: 执法检查人员 (with or without 执法证号) and 鉴定专家
 * with their specialities. Plain Java.
 */
package org.shuangsuiji.registry.pool;
