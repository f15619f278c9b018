/**
 * JMH benchmarks of scoring-service (profile {@code benchmarks}): engine throughput on a fully
 * answered 鄂州 sheet, and the dashboard aggregation over 20,000 sheets of one province.
 */
package org.shuangsuiji.scoring.benchmark;
