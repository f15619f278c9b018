package org.shuangsuiji.registry.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.problem.UnsupportedMediaException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.tables.Table;
import org.shuangsuiji.platform.tables.TableFormat;
import org.shuangsuiji.registry.agency.AgencyStaff;
import org.shuangsuiji.registry.agency.AgencyStore;
import org.shuangsuiji.registry.agency.FlagService;
import org.shuangsuiji.registry.appraiser.AppraiserStore;
import org.shuangsuiji.registry.pool.PoolKind;
import org.shuangsuiji.registry.pool.PoolStore;
import org.shuangsuiji.registry.region.RegionTree;

/**
 * Imports a whole file or nothing, one pipeline for every kind (ADR 0201): read the rows,
 * check every row (cells, rules, duplicates in the file, scope, what is stored), refuse
 * the file listing every fault when any row has one, and only then write. Writes are
 * upserts keyed by 统一社会信用代码, 执业证号 or the pool member's natural key, so importing the same
 * file again changes nothing and an interrupted import is completed by running it again.
 * What differs per kind is a {@link SheetImport}.
 */
public class ImportService {

	private final Map<ImportKind, Sheet<?>> sheets = new EnumMap<>(ImportKind.class);

	private final TableFiles files;

	private final Clock clock;

	private final DomainEvents events;

	public ImportService(AgencyStore agencies, AgencyStaff staff, AppraiserStore appraisers, PoolStore pools,
			FlagService flags, RegionTree regions, TableFiles files, Clock clock, DomainEvents events) {
		this.files = files;
		this.clock = clock;
		this.events = events;
		add(ImportKind.AGENCIES, AgencySheet.REQUIRED, new AgencyImport(agencies, staff, regions, events));
		add(ImportKind.APPRAISERS, AppraiserSheet.REQUIRED, new AppraiserImport(agencies, appraisers, flags, events));
		add(ImportKind.INSPECTORS, PoolSheet.required(PoolKind.INSPECTORS),
				new PoolImport<>(PoolKind.INSPECTORS, pools, regions, events));
		add(ImportKind.EXPERTS, PoolSheet.required(PoolKind.EXPERTS),
				new PoolImport<>(PoolKind.EXPERTS, pools, regions, events));
	}

	private <T> void add(ImportKind kind, List<String> requiredColumns, SheetImport<T> rows) {
		this.sheets.put(kind, new Sheet<>(kind, requiredColumns, rows));
	}

	public ImportReport importFile(Caller caller, ImportKind kind, String fileName, String contentType, byte[] content,
			boolean dryRun) {
		caller.requireBureau();
		TableFormat format = TableFormat.detect(fileName, contentType)
			.orElseThrow(() -> new UnsupportedMediaException("unsupported-media-type",
					"send an .xlsx workbook or a UTF-8 .csv file"));
		Table table = this.files.read(format, content);
		String source = "import:" + ((fileName != null) ? fileName : kind.path() + "." + format.extension());
		ImportRun run = new ImportRun(caller, source, LocalDate.now(this.clock), this.clock.instant());
		ImportReport report = importTable(this.sheets.get(kind), run, table, dryRun);
		if (report.applied()) {
			this.events.publish(new FileImported(kind));
		}
		return report;
	}

	private static <T> ImportReport importTable(Sheet<T> sheet, ImportRun run, Table table, boolean dryRun) {
		List<ImportError> errors = new ArrayList<>();
		HeaderCheck.requireColumns(table, sheet.requiredColumns(), errors);
		refuseIfAny(errors, table);
		List<Planned<T>> plan = sheet.rows().plan(run, table, errors);
		refuseIfAny(errors, table);
		if (!dryRun) {
			sheet.rows().apply(run, plan);
		}
		int created = (int) plan.stream().filter(Planned::created).count();
		int updated = (int) plan.stream().filter((p) -> !p.created() && p.changed()).count();
		int unchanged = (int) plan.stream().filter((p) -> !p.changed()).count();
		return new ImportReport(sheet.kind(), table.rows().size(), created, updated, unchanged, !dryRun);
	}

	/** Refuses the whole file (422) listing every fault in row order. */
	private static void refuseIfAny(List<ImportError> errors, Table table) {
		if (errors.isEmpty()) {
			return;
		}
		List<ImportError> sorted = errors.stream()
			.sorted(Comparator.comparingInt(ImportError::row).thenComparing(ImportError::column))
			.distinct()
			.toList();
		long badRows = sorted.stream().map(ImportError::row).distinct().count();
		throw new RuleViolationException("import-rejected",
				badRows + " of " + table.rows().size() + " rows have faults; nothing was written")
			.with("errors",
					sorted.stream()
						.map((e) -> Map.of("row", e.row(), "column", e.column(), "reason", e.reason()))
						.toList())
			.with("rows", table.rows().size());
	}

	/**
	 * One kind of file: the columns it cannot do without and what its rows become.
	 *
	 * @param <T> the record a row becomes
	 */
	private record Sheet<T>(ImportKind kind, List<String> requiredColumns, SheetImport<T> rows) {
	}

}
