/**
 * Appraiser use cases: register, change, read within scope.
 */
package org.shuangsuiji.registry.appraiser.application;
