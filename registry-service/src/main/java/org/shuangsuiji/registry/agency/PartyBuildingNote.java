package org.shuangsuiji.registry.agency;

/**
 * What the agency did for 党建 in a year (新乡 header: 鉴定机构党建情况; 鄂州 part 1).
 *
 * @param year the calendar year
 * @param note what was done
 */
public record PartyBuildingNote(int year, String note) {
}
