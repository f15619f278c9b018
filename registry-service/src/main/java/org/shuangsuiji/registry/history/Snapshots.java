package org.shuangsuiji.registry.history;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Flattens a record into {@code path → text} so two versions can be compared field by
 * field: nested records become {@code a.b}, lists {@code a[0]}, sets one sorted text.
 * Components named in {@code skip} (ids, versions, computed state) are left out.
 */
public final class Snapshots {

	private Snapshots() {
	}

	public static Map<String, String> of(Object value, Set<String> skip) {
		Map<String, String> out = new TreeMap<>();
		if (value != null) {
			flatten("", value, skip, out);
		}
		return out;
	}

	private static void flatten(String path, Object value, Set<String> skip, Map<String, String> out) {
		if (value == null) {
			return;
		}
		if (value instanceof Record record && record.getClass().getRecordComponents().length > 1) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
				if (skip.contains(component.getName()) || skip.contains(child)) {
					continue;
				}
				flatten(child, read(component, record), skip, out);
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				flatten(path + "[" + i + "]", list.get(i), skip, out);
			}
		}
		else if (value instanceof Collection<?> collection) {
			if (!collection.isEmpty()) {
				out.put(path, String.join(", ", collection.stream().map(Snapshots::text).sorted().toList()));
			}
		}
		else {
			out.put(path, text(value));
		}
	}

	/**
	 * Single-value records ({@code RegionCode}, {@code CreditCode}) read as their value.
	 */
	private static String text(Object value) {
		if (value instanceof Record record && record.getClass().getRecordComponents().length == 1) {
			return String.valueOf(read(record.getClass().getRecordComponents()[0], record));
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + component.getName(), ex);
		}
	}

	/** The fields whose text differs, in path order. */
	public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		Map<String, FieldChange> changes = new TreeMap<>();
		for (Map.Entry<String, String> entry : before.entrySet()) {
			String now = after.get(entry.getKey());
			if (!entry.getValue().equals(now)) {
				changes.put(entry.getKey(), new FieldChange(entry.getKey(), entry.getValue(), now));
			}
		}
		for (Map.Entry<String, String> entry : after.entrySet()) {
			if (!before.containsKey(entry.getKey())) {
				changes.put(entry.getKey(), new FieldChange(entry.getKey(), null, entry.getValue()));
			}
		}
		return List.copyOf(changes.values());
	}

}
