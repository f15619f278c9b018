/** Rectifications in MongoDB. */
package org.shuangsuiji.inspection.rectification.persistence;
