/**
 * Conflict-of-interest endpoints.
 */
package org.shuangsuiji.registry.conflict.web;
