package org.shuangsuiji.evidence.record;

import java.time.Instant;

/** The closing of an inspection as inspection-service (or a bureau user) reported it. */
public record Closure(Person by, Instant at, String note) {
}
