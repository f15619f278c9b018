package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;

/**
 * A grade given to every total at or above {@code min} (and below the next band up), such
 * as 合格 from 80: "80-89分为合格" read on the exact decimal total, so 89.5 is 合格.
 *
 * @param code stable code ({@code EXCELLENT}, {@code PASS} …)
 * @param label the seed's wording (优秀, 合格 …)
 * @param min the lowest total of the band
 * @param action what the grade recommends, or {@code null}
 */
public record GradeBand(String code, String label, BigDecimal min, Action action) {

}
