/**
 * Names of enum constants as Chinese forms write them: {@code ChineseNamed}.
 */
package org.shuangsuiji.platform.naming;
