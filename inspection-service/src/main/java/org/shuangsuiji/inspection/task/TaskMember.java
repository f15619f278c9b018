package org.shuangsuiji.inspection.task;

import org.shuangsuiji.inspection.draw.PersonKind;

/**
 * A team member as shown on a task.
 *
 * @param kind inspector or expert
 * @param personId registry person id
 * @param name 姓名
 * @param lawEnforcementCertNo 执法证号 for inspectors, else empty
 */
public record TaskMember(PersonKind kind, String personId, String name, String lawEnforcementCertNo) {

}
