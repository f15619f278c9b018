package org.shuangsuiji.inspection.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code inspection.history.*}: the national history to load (issue 15).
 *
 * @param file {@code history.jsonl}; the loader runs only when it is set
 * @param sheetResults {@code sheet-results.jsonl} written by scoring-service's loader;
 * defaults to that name beside {@code file}
 */
@ConfigurationProperties("inspection.history")
public record HistoryProperties(Path file, Path sheetResults) {

	/** The sheet results to read. */
	Path sheetResultsFile() {
		return (this.sheetResults != null) ? this.sheetResults : this.file.resolveSibling("sheet-results.jsonl");
	}

}
