/**
 * The conclusion over HTTP: {@code /api/inspections/tasks/{id}/conclusion}.
 */
package org.shuangsuiji.inspection.conclusion.web;
