/**
 * The GB/T 2260 region tree (行政区划) the registry scopes by: province → city → county-level
 * unit, read from the data file {@code regions/gb2260.csv}.
 */
package org.shuangsuiji.registry.region;
