/**
 * The scoring engine: answers in, an explained result out. Exact decimal arithmetic,
 * every applied rule traced with its occurrences, points and the reason given in the
 * answer. Plain Java, no Spring.
 */
package org.shuangsuiji.scoring.engine;
