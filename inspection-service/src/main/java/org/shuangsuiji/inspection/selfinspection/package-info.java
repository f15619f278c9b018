/** 自查报告: agencies' self-inspection reports against a plan, with late and missing ones. */
package org.shuangsuiji.inspection.selfinspection;
