/**
 * Annual inspection plans (抽查计划): their terms, the sampling rule with the 5 % floor, the
 * team rules, and the status a plan moves through. Plain Java, no Spring.
 */
package org.shuangsuiji.inspection.plan;
