/**
 * inspection-service as the registry's {@code inspection} feature asks it: who organises
 * a task whose rectification outcome is reported.
 */
package org.shuangsuiji.registry.inspection.client;
