package org.shuangsuiji.localrun.matrix;

import java.util.List;
import java.util.stream.Collectors;

import org.shuangsuiji.localrun.matrix.AccessMatrix.DoorResult;
import org.shuangsuiji.localrun.matrix.AccessMatrix.Result;

/**
 * The matrix as Markdown: a table per service, operation rows × caller columns, each cell
 * {@code expected/actual}, a differing cell in bold with ❌.
 */
final class MatrixReport {

	private MatrixReport() {
	}

	static String markdown(List<Result> results, List<DoorResult> doors, List<String> coverage, Targets targets,
			long millis) {
		StringBuilder md = new StringBuilder("# Access matrix\n\n");
		long failed = results.stream().filter((r) -> !r.passed()).count()
				+ doors.stream().filter((d) -> !d.passed()).count() + coverage.size();
		md.append(String.format("%d operations × %d callers through the gateway, %d failed checks, %.1f s.%n%n",
				results.size(), Column.values().length, failed, millis / 1000.0));
		md.append("Each cell is `expected/actual`; a differing cell is **bold** ❌. The probed records (found at run "
				+ "time as the city):");
		targets.all().forEach((key, value) -> md.append(" `").append(key).append("` = `").append(value).append('`'));
		md.append(".\n\nCallers:");
		for (Column column : Column.values()) {
			md.append(" `")
				.append(column.head())
				.append("` ")
				.append(column.label())
				.append((column.username() != null) ? " (" + column.username() + ")" : "")
				.append(';');
		}
		md.setLength(md.length() - 1);
		md.append(".\n");
		if (!coverage.isEmpty()) {
			md.append("\n## Operations and rows apart\n\n");
			coverage.forEach((c) -> md.append("- ❌ ").append(c).append('\n'));
		}
		for (String service : results.stream().map((r) -> r.row().service()).distinct().toList()) {
			md.append("\n## ").append(service).append("\n\n| operation | door |");
			for (Column column : Column.values()) {
				md.append(' ').append(column.head()).append(" |");
			}
			md.append("\n|---|---|").append("---|".repeat(Column.values().length)).append('\n');
			for (Result result : results) {
				if (!result.row().service().equals(service)) {
					continue;
				}
				Row row = result.row();
				md.append("| ")
					.append(result.passed() ? "" : "❌ ")
					.append('`')
					.append(row.operation())
					.append("` | ")
					.append(row.door().name().toLowerCase(java.util.Locale.ROOT))
					.append(row.note().isEmpty() ? "" : " — " + row.note())
					.append(" |");
				for (Column column : Column.values()) {
					int expected = row.expected(column);
					int actual = result.actual().get(column);
					md.append(' ')
						.append((expected == actual) ? expected + "/" + actual
								: "**" + expected + "/" + actual + "** ❌")
						.append(" |");
				}
				md.append('\n');
			}
		}
		md.append(
				"\n## gateway (not in any document)\n\n| door | anonymous: must not answer 200 with content |\n|---|---|\n");
		for (DoorResult door : doors) {
			md.append("| `GET ")
				.append(door.path())
				.append("` | ")
				.append(door.passed() ? "" : "❌ ")
				.append(door.status())
				.append(", ")
				.append(door.length())
				.append(" bytes |\n");
		}
		return md.toString();
	}

	/** The differing cells of a result, "column expected/actual". */
	static String differences(Result result) {
		return result.actual()
			.entrySet()
			.stream()
			.filter((e) -> result.row().expected(e.getKey()) != e.getValue())
			.map((e) -> e.getKey().head() + " " + result.row().expected(e.getKey()) + "/" + e.getValue())
			.collect(Collectors.joining(", "));
	}

}
