/**
 * Appends to and verifies the audit trail.
 */
package org.shuangsuiji.inspection.audit.application;
