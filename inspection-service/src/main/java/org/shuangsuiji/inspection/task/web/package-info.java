/**
 * Tasks over HTTP: reading by scope and scheduling.
 */
package org.shuangsuiji.inspection.task.web;
