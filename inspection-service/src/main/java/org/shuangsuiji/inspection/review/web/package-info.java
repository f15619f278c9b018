/**
 * The provincial review over HTTP: {@code /api/inspections/reviews}.
 */
package org.shuangsuiji.inspection.review.web;
