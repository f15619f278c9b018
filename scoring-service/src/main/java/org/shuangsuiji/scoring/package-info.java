/**
 * scoring-service. Features: {@code template} (templates as data), {@code engine}
 * (scoring), {@code sheet} (score sheets), {@code dashboard} (figures for bureaus);
 * {@code config} wires them, {@code demo} loads the local run's demo sheets.
 */
package org.shuangsuiji.scoring;
