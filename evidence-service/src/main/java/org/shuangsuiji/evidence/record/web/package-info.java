/**
 * The evidence API under {@code /api/evidence}: uploads (multipart and raw PUT, both
 * streamed), records, downloads, thumbnails, withdrawals, closing, the audit trail.
 */
package org.shuangsuiji.evidence.record.web;
