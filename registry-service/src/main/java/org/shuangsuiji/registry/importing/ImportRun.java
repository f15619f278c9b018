package org.shuangsuiji.registry.importing;

import java.time.Instant;
import java.time.LocalDate;

import org.shuangsuiji.platform.security.Caller;

/**
 * One import of one file.
 *
 * @param caller who imports (a bureau)
 * @param source how the history names it ({@code import:agencies.xlsx})
 * @param today the day rules are judged on
 * @param at the moment status changes take effect
 */
record ImportRun(Caller caller, String source, LocalDate today, Instant at) {

	/** The file name, as a status change gives it for a reason. */
	String fileName() {
		return this.source.substring("import:".length());
	}

	/** "created" for a new record, else "updated", as the history says. */
	static String action(Planned<?> planned) {
		return planned.created() ? "created" : "updated";
	}

}
