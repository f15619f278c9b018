/**
 * The publication deadlines of a plan over HTTP.
 */
package org.shuangsuiji.inspection.calendar.web;
