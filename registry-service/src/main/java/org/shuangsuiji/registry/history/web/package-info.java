/**
 * History entries as the controllers of each feature return them.
 */
package org.shuangsuiji.registry.history.web;
