/** The HTTP API of self-inspection reports. */
package org.shuangsuiji.inspection.selfinspection.web;
