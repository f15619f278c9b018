/**
 * inspection-service: annual plans (抽查计划), the verifiable double-random draw (双随机) and
 * the inspection tasks it creates. Package by feature: {@code plan}, {@code draw},
 * {@code task}, {@code audit}, each with its plain-Java domain at the top and
 * {@code application}, {@code web} and {@code persistence} at the edges; {@code registry}
 * and {@code scoring} are the clients of the other services.
 */
package org.shuangsuiji.inspection;
