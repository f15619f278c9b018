/**
 * Declared conflicts of interest between inspectors or experts and agencies, read by the
 * draw for recusal. Plain Java.
 */
package org.shuangsuiji.registry.conflict;
