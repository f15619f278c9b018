/**
 * The 统一社会信用代码 (unified social credit code) rules of GB 32100-2015.
 */
package org.shuangsuiji.platform.creditcode;
