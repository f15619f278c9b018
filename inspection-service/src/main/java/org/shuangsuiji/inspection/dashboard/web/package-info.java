/** The HTTP API of the inspection dashboard. */
package org.shuangsuiji.inspection.dashboard.web;
