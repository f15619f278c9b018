/**
 * Load runs against loopback, started by hand (not part of the test suite).
 */
@NullMarked
package org.shuangsuiji.gateway.benchmark;

import org.jspecify.annotations.NullMarked;
