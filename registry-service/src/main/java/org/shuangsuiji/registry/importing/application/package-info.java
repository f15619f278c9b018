/**
 * Import (checked whole, applied whole) and export use cases.
 */
package org.shuangsuiji.registry.importing.application;
