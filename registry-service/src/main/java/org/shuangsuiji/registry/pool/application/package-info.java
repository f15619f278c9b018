/**
 * Inspector and expert pool use cases.
 */
package org.shuangsuiji.registry.pool.application;
