/** The dashboard's aggregations in MongoDB. */
package org.shuangsuiji.inspection.dashboard.persistence;
