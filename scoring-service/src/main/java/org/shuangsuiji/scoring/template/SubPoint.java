package org.shuangsuiji.scoring.template;

/**
 * One numbered point of a checklist item's method column (检查方法及证明材料要求), such as
 * "（1）鉴定机构执业场所达不到70平方的，暂时停止执业进行整改。".
 *
 * @param number the point's number, or {@code null} for an unnumbered paragraph (a
 * preamble)
 * @param text the seed's wording
 * @param action what a finding on this point recommends beyond rectification, or
 * {@code null}
 */
public record SubPoint(Integer number, String text, Action action) {

}
