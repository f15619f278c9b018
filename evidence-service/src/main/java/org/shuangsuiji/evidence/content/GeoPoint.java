package org.shuangsuiji.evidence.content;

/**
 * Where a photo was taken, in WGS 84 degrees as EXIF GPS records it.
 *
 * @param latitude north positive, -90 to 90
 * @param longitude east positive, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

	public GeoPoint {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("not a position on earth: " + latitude + ", " + longitude);
		}
	}

}
