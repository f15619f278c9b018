/** The HTTP API of rectification. */
package org.shuangsuiji.inspection.rectification.web;
