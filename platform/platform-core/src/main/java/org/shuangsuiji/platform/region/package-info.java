/**
 * GB/T 2260 region codes and the prefix rule that scopes every service.
 */
package org.shuangsuiji.platform.region;
