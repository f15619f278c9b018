/**
 * The official list of judicial appraisal business categories.
 */
package org.shuangsuiji.platform.category;
