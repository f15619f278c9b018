/**
 * Inspector and expert pool endpoints.
 */
package org.shuangsuiji.registry.pool.web;
