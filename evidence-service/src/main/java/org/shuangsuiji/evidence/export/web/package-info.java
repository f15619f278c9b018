/** The export endpoint. */
package org.shuangsuiji.evidence.export.web;
