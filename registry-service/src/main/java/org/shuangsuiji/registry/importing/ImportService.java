package org.shuangsuiji.registry.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.problem.UnsupportedMediaException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyAccess;
import org.shuangsuiji.registry.agency.AgencyProfile;
import org.shuangsuiji.registry.agency.AgencyRules;
import org.shuangsuiji.registry.agency.AgencyStaff;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.AgencyStore;
import org.shuangsuiji.registry.agency.CreditCode;
import org.shuangsuiji.registry.agency.FlagService;
import org.shuangsuiji.registry.appraiser.Appraiser;
import org.shuangsuiji.registry.appraiser.AppraiserInput;
import org.shuangsuiji.registry.appraiser.AppraiserRules;
import org.shuangsuiji.registry.appraiser.AppraiserStore;
import org.shuangsuiji.registry.history.HistoryRecorder;
import org.shuangsuiji.registry.history.RecordChanged;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.pool.Expert;
import org.shuangsuiji.registry.pool.Inspector;
import org.shuangsuiji.registry.pool.PoolInput;
import org.shuangsuiji.registry.pool.PoolRules;
import org.shuangsuiji.registry.pool.PoolStore;
import org.shuangsuiji.registry.region.RegionTree;

/**
 * Imports a whole file or nothing. Every row is read and checked (cells, rules,
 * duplicates in the file, scope, what is stored) before the first write; one bad row
 * refuses the file with every fault listed. Writes are upserts keyed by 统一社会信用代码, 执业证号 or
 * the pool member's natural key, so importing the same file again changes nothing and an
 * interrupted import is completed by running it again (ADR 0201).
 */
public class ImportService {

	private static final int LOOKUP_BATCH = 1000;

	private final AgencyStore agencies;

	private final AgencyStaff staff;

	private final AppraiserStore appraisers;

	private final PoolStore pools;

	private final FlagService flags;

	private final RegionTree regions;

	private final Clock clock;

	private final TableFiles files;

	private final DomainEvents events;

	public ImportService(AgencyStore agencies, AgencyStaff staff, AppraiserStore appraisers, PoolStore pools,
			FlagService flags, RegionTree regions, TableFiles files, Clock clock, DomainEvents events) {
		this.agencies = agencies;
		this.staff = staff;
		this.appraisers = appraisers;
		this.pools = pools;
		this.flags = flags;
		this.regions = regions;
		this.files = files;
		this.clock = clock;
		this.events = events;
	}

	public ImportReport importFile(Caller caller, ImportKind kind, String fileName, String contentType, byte[] content,
			boolean dryRun) {
		AgencyAccess.requireBureau(caller);
		TableFormat format = TableFormat.detect(fileName, contentType)
			.orElseThrow(() -> new UnsupportedMediaException("unsupported-media-type",
					"send an .xlsx workbook or a UTF-8 .csv file"));
		Table table = this.files.read(format, content);
		String source = "import:" + ((fileName != null) ? fileName : kind.path() + "." + format.extension());
		ImportReport report = switch (kind) {
			case AGENCIES -> importAgencies(caller, table, source, dryRun);
			case APPRAISERS -> importAppraisers(caller, table, source, dryRun);
			case INSPECTORS -> importInspectors(caller, table, source, dryRun);
			case EXPERTS -> importExperts(caller, table, source, dryRun);
		};
		if (report.applied()) {
			this.events.publish(new FileImported(kind));
		}
		return report;
	}

	private ImportReport importAgencies(Caller caller, Table table, String source, boolean dryRun) {
		List<ImportError> errors = new ArrayList<>();
		HeaderCheck.requireColumns(table, AgencySheet.REQUIRED, errors);
		refuseIfAny(errors, table);
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Integer> seen = new HashMap<>();
		Map<Row, AgencySheet.Parsed> parsed = new LinkedHashMap<>();
		Map<Row, AgencyProfile> profiles = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			Optional<AgencySheet.Parsed> read = AgencySheet.read(row, errors);
			if (read.isEmpty()) {
				continue;
			}
			Problems problems = new Problems();
			Optional<AgencyProfile> profile = AgencyRules.profile(read.get().input(), this.regions, problems);
			for (Problems.Problem problem : problems.all()) {
				errors.add(new ImportError(row.number(),
						AgencySheet.columnOf(problem.field(), read.get().certificateKinds()), problem.message()));
			}
			if (profile.isEmpty()) {
				continue;
			}
			if (!caller.covers(profile.get().regionCode())) {
				errors.add(new ImportError(row.number(), AgencySheet.REGION,
						"region " + profile.get().regionCode() + " is outside your region " + caller.region()));
				continue;
			}
			HeaderCheck.requireUnique(seen, profile.get().creditCode().value(), row.number(), AgencySheet.CREDIT_CODE,
					errors);
			parsed.put(row, read.get());
			profiles.put(row, profile.get());
		}
		Map<String, Agency> existing = lookup(profiles.values().stream().map((p) -> p.creditCode().value()).toList(),
				this.agencies::findByCreditCodes, (a) -> a.profile().creditCode().value());
		List<Planned<Agency>> plan = new ArrayList<>();
		for (Map.Entry<Row, AgencyProfile> entry : profiles.entrySet()) {
			Row row = entry.getKey();
			AgencyProfile profile = entry.getValue();
			AgencyStatus status = parsed.get(row).status();
			Agency before = existing.get(profile.creditCode().value());
			if (before == null) {
				plan.add(new Planned<>(row.number(), null,
						Agency.register(UUID.randomUUID().toString(), profile, status), true));
				continue;
			}
			if (!caller.covers(before.profile().regionCode())) {
				errors.add(new ImportError(row.number(), AgencySheet.CREDIT_CODE,
						"registered in region " + before.profile().regionCode() + ", outside your region"));
				continue;
			}
			Agency after = before.withProfile(profile.withEquipment(before.profile().equipment()));
			if (status != null && status != before.status()) {
				try {
					after = after.changeStatus(status, "导入文件 " + source.substring("import:".length()), today, caller,
							this.clock.instant());
				}
				catch (ProblemException ex) {
					errors.add(new ImportError(row.number(), AgencySheet.STATUS, ex.getMessage()));
					continue;
				}
			}
			plan.add(new Planned<>(row.number(), before, after, HistoryRecorder.differ(before, after)));
		}
		refuseIfAny(errors, table);
		if (!dryRun) {
			for (Planned<Agency> planned : plan) {
				if (planned.changed()) {
					Agency after = planned.after();
					this.agencies.save(after);
					this.events.publish(new RecordChanged(SubjectKind.AGENCY, after.id(), after.profile().regionCode(),
							caller, planned.created() ? "created" : "updated", source, planned.before(), after));
					if (!planned.created()
							&& !planned.before().profile().regionCode().equals(after.profile().regionCode())) {
						this.staff.moveRegion(after.id(), after.profile().regionCode());
					}
				}
			}
		}
		return report(ImportKind.AGENCIES, table, plan, !dryRun);
	}

	private ImportReport importAppraisers(Caller caller, Table table, String source, boolean dryRun) {
		List<ImportError> errors = new ArrayList<>();
		HeaderCheck.requireColumns(table, AppraiserSheet.REQUIRED, errors);
		refuseIfAny(errors, table);
		LocalDate today = LocalDate.now(this.clock);
		Map<Row, AppraiserSheet.Parsed> parsed = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			AppraiserSheet.read(row, errors).ifPresent((p) -> parsed.put(row, p));
		}
		Map<String, Agency> agencyByCode = lookup(parsed.values()
			.stream()
			.map((p) -> CreditCode.normalize(p.agencyCreditCode()))
			.filter((code) -> code != null)
			.distinct()
			.toList(), this.agencies::findByCreditCodes, (a) -> a.profile().creditCode().value());
		Map<String, Appraiser> existing = lookup(parsed.values()
			.stream()
			.map((p) -> p.input().certificateNo())
			.filter((no) -> no != null)
			.map(String::strip)
			.distinct()
			.toList(), this.appraisers::findByCertificateNos, Appraiser::certificateNo);
		Set<String> otherAgencyIds = new HashSet<>();
		existing.values().forEach((a) -> otherAgencyIds.add(a.agencyId()));
		Map<String, Agency> agencyById = new HashMap<>();
		agencyByCode.values().forEach((a) -> agencyById.put(a.id(), a));
		otherAgencyIds.removeAll(agencyById.keySet());
		if (!otherAgencyIds.isEmpty()) {
			this.agencies.findAll(otherAgencyIds).forEach((a) -> agencyById.put(a.id(), a));
		}
		Map<String, Integer> seen = new HashMap<>();
		List<Planned<Appraiser>> plan = new ArrayList<>();
		for (Map.Entry<Row, AppraiserSheet.Parsed> entry : parsed.entrySet()) {
			Row row = entry.getKey();
			String code = CreditCode.normalize(entry.getValue().agencyCreditCode());
			Optional<String> codeProblem = CreditCode.problemWith(code);
			if (codeProblem.isPresent()) {
				errors.add(new ImportError(row.number(), AppraiserSheet.AGENCY_CREDIT_CODE, codeProblem.get()));
				continue;
			}
			Agency agency = agencyByCode.get(code);
			if (agency == null) {
				errors.add(new ImportError(row.number(), AppraiserSheet.AGENCY_CREDIT_CODE,
						"no agency with 统一社会信用代码 " + code + " is registered"));
				continue;
			}
			if (!caller.covers(agency.profile().regionCode())) {
				errors.add(new ImportError(row.number(), AppraiserSheet.AGENCY_CREDIT_CODE,
						agency.profile().name() + " is outside your region"));
				continue;
			}
			AppraiserInput input = entry.getValue().input();
			Appraiser before = (input.certificateNo() != null) ? existing.get(input.certificateNo().strip()) : null;
			Problems problems = new Problems();
			Optional<Appraiser> after = AppraiserRules.appraiser(
					(before != null) ? before.id() : UUID.randomUUID().toString(), input, agency,
					(before != null) ? before.version() : null, today, problems);
			for (Problems.Problem problem : problems.all()) {
				errors.add(new ImportError(row.number(), AppraiserSheet.columnOf(problem.field()), problem.message()));
			}
			if (after.isEmpty()) {
				continue;
			}
			HeaderCheck.requireUnique(seen, after.get().certificateNo(), row.number(), AppraiserSheet.CERTIFICATE_NO,
					errors);
			if (after.get().active() && agency.status() == AgencyStatus.CANCELLED) {
				errors.add(new ImportError(row.number(), AppraiserSheet.STATUS,
						agency.profile().name() + " is cancelled (注销); it has no active appraisers"));
				continue;
			}
			if (before != null && !before.agencyId().equals(agency.id())) {
				Agency previous = agencyById.get(before.agencyId());
				if (previous != null && !caller.covers(previous.profile().regionCode())) {
					errors.add(new ImportError(row.number(), AppraiserSheet.CERTIFICATE_NO,
							"registered at an agency outside your region"));
					continue;
				}
				if (after.get().active()) {
					try {
						AppraiserRules.requireSinglePractice(Optional.of(before), agency.id(), agency.profile().name(),
								(previous != null) ? previous.profile().name() : before.agencyId());
					}
					catch (ProblemException ex) {
						errors.add(new ImportError(row.number(), AppraiserSheet.CERTIFICATE_NO, ex.getMessage()));
						continue;
					}
				}
			}
			plan.add(new Planned<>(row.number(), before, after.get(),
					before == null || HistoryRecorder.differ(before, after.get())));
		}
		refuseIfAny(errors, table);
		if (!dryRun) {
			Set<String> touched = new HashSet<>();
			for (Planned<Appraiser> planned : plan) {
				if (planned.changed()) {
					touched.add(planned.after().agencyId());
					if (planned.before() != null) {
						touched.add(planned.before().agencyId());
					}
				}
			}
			this.flags.invalidate(touched);
			for (Planned<Appraiser> planned : plan) {
				if (planned.changed()) {
					Appraiser after = planned.after();
					this.appraisers.save(after);
					this.events.publish(new RecordChanged(SubjectKind.APPRAISER, after.id(), after.regionCode(), caller,
							planned.created() ? "created" : "updated", source, planned.before(), after));
				}
			}
		}
		return report(ImportKind.APPRAISERS, table, plan, !dryRun);
	}

	private ImportReport importInspectors(Caller caller, Table table, String source, boolean dryRun) {
		List<ImportError> errors = new ArrayList<>();
		HeaderCheck.requireColumns(table, PoolSheet.INSPECTOR_REQUIRED, errors);
		refuseIfAny(errors, table);
		Map<Row, Inspector> checked = new LinkedHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			Optional<PoolInput> input = PoolSheet.readInspector(row, errors);
			if (input.isEmpty()) {
				continue;
			}
			Problems problems = new Problems();
			Optional<Inspector> inspector = PoolRules.inspector(null, input.get(), null, this.regions, problems);
			poolProblems(row, problems, errors);
			if (inspector.isEmpty()) {
				continue;
			}
			if (!caller.covers(inspector.get().regionCode())) {
				errors.add(new ImportError(row.number(), PoolSheet.REGION,
						"region " + inspector.get().regionCode() + " is outside your region " + caller.region()));
				continue;
			}
			HeaderCheck.requireUnique(seen, inspector.get().naturalKey(), row.number(),
					(inspector.get().lawEnforcementCertNo() != null) ? PoolSheet.CERT_NO : PoolSheet.NAME, errors);
			checked.put(row, inspector.get());
		}
		Map<String, Inspector> existing = lookup(checked.values().stream().map(Inspector::naturalKey).toList(),
				this.pools::inspectorsByKeys, Inspector::naturalKey);
		List<Planned<Inspector>> plan = new ArrayList<>();
		for (Map.Entry<Row, Inspector> entry : checked.entrySet()) {
			Inspector given = entry.getValue();
			Inspector before = existing.get(given.naturalKey());
			if (before != null && !caller.covers(before.regionCode())) {
				errors.add(new ImportError(entry.getKey().number(), PoolSheet.REGION,
						"already in the pool of region " + before.regionCode() + ", outside your region"));
				continue;
			}
			Inspector after = new Inspector((before != null) ? before.id() : UUID.randomUUID().toString(), given.name(),
					given.lawEnforcementCertNo(), given.unit(), given.regionCode(), given.active(),
					(before != null) ? before.version() : null);
			plan.add(new Planned<>(entry.getKey().number(), before, after,
					before == null || HistoryRecorder.differ(before, after)));
		}
		refuseIfAny(errors, table);
		if (!dryRun) {
			for (Planned<Inspector> planned : plan) {
				if (planned.changed()) {
					this.pools.save(planned.after());
					this.events.publish(new RecordChanged(SubjectKind.INSPECTOR, planned.after().id(),
							planned.after().regionCode(), caller, planned.created() ? "created" : "updated", source,
							planned.before(), planned.after()));
				}
			}
		}
		return report(ImportKind.INSPECTORS, table, plan, !dryRun);
	}

	private ImportReport importExperts(Caller caller, Table table, String source, boolean dryRun) {
		List<ImportError> errors = new ArrayList<>();
		HeaderCheck.requireColumns(table, PoolSheet.EXPERT_REQUIRED, errors);
		refuseIfAny(errors, table);
		Map<Row, Expert> checked = new LinkedHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			Optional<PoolInput> input = PoolSheet.readExpert(row, errors);
			if (input.isEmpty()) {
				continue;
			}
			Problems problems = new Problems();
			Optional<Expert> expert = PoolRules.expert(null, input.get(), null, this.regions, problems);
			poolProblems(row, problems, errors);
			if (expert.isEmpty()) {
				continue;
			}
			if (!caller.covers(expert.get().regionCode())) {
				errors.add(new ImportError(row.number(), PoolSheet.REGION,
						"region " + expert.get().regionCode() + " is outside your region " + caller.region()));
				continue;
			}
			HeaderCheck.requireUnique(seen, expert.get().naturalKey(), row.number(), PoolSheet.NAME, errors);
			checked.put(row, expert.get());
		}
		Map<String, Expert> existing = lookup(checked.values().stream().map(Expert::naturalKey).toList(),
				this.pools::expertsByKeys, Expert::naturalKey);
		List<Planned<Expert>> plan = new ArrayList<>();
		for (Map.Entry<Row, Expert> entry : checked.entrySet()) {
			Expert given = entry.getValue();
			Expert before = existing.get(given.naturalKey());
			Expert after = new Expert((before != null) ? before.id() : UUID.randomUUID().toString(), given.name(),
					given.specialities(), given.unit(), given.regionCode(), given.active(),
					(before != null) ? before.version() : null);
			plan.add(new Planned<>(entry.getKey().number(), before, after,
					before == null || HistoryRecorder.differ(before, after)));
		}
		refuseIfAny(errors, table);
		if (!dryRun) {
			for (Planned<Expert> planned : plan) {
				if (planned.changed()) {
					this.pools.save(planned.after());
					this.events.publish(new RecordChanged(SubjectKind.EXPERT, planned.after().id(),
							planned.after().regionCode(), caller, planned.created() ? "created" : "updated", source,
							planned.before(), planned.after()));
				}
			}
		}
		return report(ImportKind.EXPERTS, table, plan, !dryRun);
	}

	private static void poolProblems(Row row, Problems problems, List<ImportError> errors) {
		for (Problems.Problem problem : problems.all()) {
			errors.add(new ImportError(row.number(), PoolSheet.columnOf(problem.field()), problem.message()));
		}
	}

	/** Loads stored records by key in batches. */
	private static <T> Map<String, T> lookup(List<String> keys, Function<List<String>, List<T>> finder,
			Function<T, String> keyOf) {
		Map<String, T> found = new HashMap<>();
		List<String> distinct = keys.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += LOOKUP_BATCH) {
			for (T item : finder.apply(distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_BATCH)))) {
				found.put(keyOf.apply(item), item);
			}
		}
		return found;
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

	private static <T> ImportReport report(ImportKind kind, Table table, List<Planned<T>> plan, boolean applied) {
		int created = (int) plan.stream().filter(Planned::created).count();
		int updated = (int) plan.stream().filter((p) -> !p.created() && p.changed()).count();
		int unchanged = (int) plan.stream().filter((p) -> !p.changed()).count();
		return new ImportReport(kind, table.rows().size(), created, updated, unchanged, applied);
	}

}
