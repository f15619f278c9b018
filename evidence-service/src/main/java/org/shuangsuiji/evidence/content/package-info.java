/**
 * What an uploaded file is, decided from its bytes: the type from magic bytes, the
 * SHA-256 and size counted while it streams, the EXIF capture time and place, and photo
 * thumbnails. Plain Java, no Spring.
 */
package org.shuangsuiji.evidence.content;
