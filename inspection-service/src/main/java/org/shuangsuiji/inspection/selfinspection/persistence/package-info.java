/** Self-inspection reports in MongoDB. */
package org.shuangsuiji.inspection.selfinspection.persistence;
