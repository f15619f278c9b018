/**
 * Disclosure over HTTP: the organiser's publication of a task's result and the public,
 * anonymous list of published results.
 */
package org.shuangsuiji.inspection.disclosure.web;
