/**
 * The one rule set that every service's {@code ArchitectureTests} inherits: the service
 * shape of ADR 0005, checked by Spring Modulith and ArchUnit.
 */
package org.shuangsuiji.platform.test.architecture;
