/**
 * Records changes into the append-only history.
 */
package org.shuangsuiji.registry.history.application;
