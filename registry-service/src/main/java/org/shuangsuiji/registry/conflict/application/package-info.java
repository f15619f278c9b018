/**
 * Conflict-of-interest use cases.
 */
package org.shuangsuiji.registry.conflict.application;
