/**
 * Score sheet endpoints under {@code /api/scoring/sheets} and the reconciliation view.
 */
package org.shuangsuiji.scoring.sheet.web;
