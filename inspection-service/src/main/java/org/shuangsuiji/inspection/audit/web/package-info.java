/**
 * Reading and verifying the audit trail over HTTP.
 */
package org.shuangsuiji.inspection.audit.web;
