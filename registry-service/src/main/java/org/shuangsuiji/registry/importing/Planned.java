package org.shuangsuiji.registry.importing;

/**
 * One row's effect, worked out before anything is written.
 *
 * @param <T> the record type
 * @param row the spreadsheet row
 * @param before the stored record, {@code null} when new
 * @param after the record as the row says
 * @param changed whether writing would change anything
 */
public record Planned<T>(int row, T before, T after, boolean changed) {

	public boolean created() {
		return this.before == null;
	}

}
