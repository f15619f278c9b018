/** Benchmarks run on demand, never in the default test run (see the module README). */
package org.shuangsuiji.evidence.benchmark;
