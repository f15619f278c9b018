package org.shuangsuiji.registry.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.tables.Table.Row;
import org.shuangsuiji.platform.tables.Table;
import org.shuangsuiji.registry.agency.Agency;
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

/**
 * Appraiser files: a row names its agency by 统一社会信用代码 and is matched by 执业证号; the
 * single-practice rule holds across the file and what is stored.
 */
class AppraiserImport implements SheetImport<Appraiser> {

	private final AgencyStore agencies;

	private final AppraiserStore appraisers;

	private final FlagService flags;

	private final DomainEvents events;

	AppraiserImport(AgencyStore agencies, AppraiserStore appraisers, FlagService flags, DomainEvents events) {
		this.agencies = agencies;
		this.appraisers = appraisers;
		this.flags = flags;
		this.events = events;
	}

	@Override
	public List<Planned<Appraiser>> plan(ImportRun run, Table table, List<ImportError> errors) {
		Map<Row, AppraiserSheet.Parsed> parsed = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			AppraiserSheet.read(row, errors).ifPresent((p) -> parsed.put(row, p));
		}
		Stored stored = stored(parsed.values());
		Map<String, Integer> seen = new HashMap<>();
		List<Planned<Appraiser>> plan = new ArrayList<>();
		parsed.forEach((row, given) -> plan(run, row, given, stored, seen, errors).ifPresent(plan::add));
		return plan;
	}

	/**
	 * The agencies the rows name, the appraisers they match and the agencies those are
	 * registered at, each read once for the whole file.
	 */
	private Stored stored(java.util.Collection<AppraiserSheet.Parsed> rows) {
		Map<String, Agency> agencyByCode = StoredRecords.byKey(rows.stream()
			.map((p) -> CreditCode.normalize(p.agencyCreditCode()))
			.filter(Objects::nonNull)
			.distinct()
			.toList(), this.agencies::findByCreditCodes, (a) -> a.profile().creditCode().value());
		Map<String, Appraiser> appraisers = StoredRecords.byKey(rows.stream()
			.map((p) -> p.input().certificateNo())
			.filter(Objects::nonNull)
			.map(String::strip)
			.distinct()
			.toList(), this.appraisers::findByCertificateNos, Appraiser::certificateNo);
		Map<String, Agency> agencyById = new HashMap<>();
		agencyByCode.values().forEach((a) -> agencyById.put(a.id(), a));
		Set<String> otherAgencyIds = new HashSet<>();
		appraisers.values().forEach((a) -> otherAgencyIds.add(a.agencyId()));
		otherAgencyIds.removeAll(agencyById.keySet());
		if (!otherAgencyIds.isEmpty()) {
			this.agencies.findAll(otherAgencyIds).forEach((a) -> agencyById.put(a.id(), a));
		}
		return new Stored(agencyByCode, agencyById, appraisers);
	}

	private Optional<Planned<Appraiser>> plan(ImportRun run, Row row, AppraiserSheet.Parsed given, Stored stored,
			Map<String, Integer> seen, List<ImportError> errors) {
		Optional<Agency> agency = agency(run, row, given, stored, errors);
		if (agency.isEmpty()) {
			return Optional.empty();
		}
		AppraiserInput input = given.input();
		Appraiser before = (input.certificateNo() != null) ? stored.appraisers().get(input.certificateNo().strip())
				: null;
		Problems problems = new Problems();
		Optional<Appraiser> after = AppraiserRules.appraiser(
				(before != null) ? before.id() : UUID.randomUUID().toString(), input, agency.get(),
				(before != null) ? before.version() : null, run.today(), problems);
		for (Problems.Problem problem : problems.all()) {
			errors.add(new ImportError(row.number(), AppraiserSheet.columnOf(problem.field()), problem.message()));
		}
		if (after.isEmpty()) {
			return Optional.empty();
		}
		HeaderCheck.requireUnique(seen, after.get().certificateNo(), row.number(), AppraiserSheet.CERTIFICATE_NO,
				errors);
		if (!practises(run, row, before, after.get(), agency.get(), stored, errors)) {
			return Optional.empty();
		}
		return Optional.of(new Planned<>(row.number(), before, after.get(),
				before == null || HistoryRecorder.differ(before, after.get())));
	}

	/** The agency the row names: registered and in the caller's region. */
	private static Optional<Agency> agency(ImportRun run, Row row, AppraiserSheet.Parsed given, Stored stored,
			List<ImportError> errors) {
		String code = CreditCode.normalize(given.agencyCreditCode());
		Optional<String> codeProblem = CreditCode.problemWith(code);
		if (codeProblem.isPresent()) {
			errors.add(new ImportError(row.number(), AppraiserSheet.AGENCY_CREDIT_CODE, codeProblem.get()));
			return Optional.empty();
		}
		Agency agency = stored.agencyByCode().get(code);
		if (agency == null) {
			errors.add(new ImportError(row.number(), AppraiserSheet.AGENCY_CREDIT_CODE,
					"no agency with 统一社会信用代码 " + code + " is registered"));
			return Optional.empty();
		}
		if (!run.caller().covers(agency.profile().regionCode())) {
			errors.add(new ImportError(row.number(), AppraiserSheet.AGENCY_CREDIT_CODE,
					agency.profile().name() + " is outside your region"));
			return Optional.empty();
		}
		return Optional.of(agency);
	}

	/**
	 * Whether the appraiser may practise at the agency: not active at a cancelled one,
	 * and not moved from an agency outside the caller's region or while active elsewhere.
	 */
	private static boolean practises(ImportRun run, Row row, Appraiser before, Appraiser after, Agency agency,
			Stored stored, List<ImportError> errors) {
		if (after.active() && agency.status() == AgencyStatus.CANCELLED) {
			errors.add(new ImportError(row.number(), AppraiserSheet.STATUS,
					agency.profile().name() + " is cancelled (注销); it has no active appraisers"));
			return false;
		}
		if (before == null || before.agencyId().equals(agency.id())) {
			return true;
		}
		Agency previous = stored.agencyById().get(before.agencyId());
		if (previous != null && !run.caller().covers(previous.profile().regionCode())) {
			errors.add(new ImportError(row.number(), AppraiserSheet.CERTIFICATE_NO,
					"registered at an agency outside your region"));
			return false;
		}
		if (after.active()) {
			try {
				AppraiserRules.requireSinglePractice(Optional.of(before), agency.id(), agency.profile().name(),
						(previous != null) ? previous.profile().name() : before.agencyId());
			}
			catch (ProblemException ex) {
				errors.add(new ImportError(row.number(), AppraiserSheet.CERTIFICATE_NO, ex.getMessage()));
				return false;
			}
		}
		return true;
	}

	/**
	 * Marks the flags of every agency that gains or loses an appraiser stale before the
	 * first write, then writes.
	 */
	@Override
	public void apply(ImportRun run, List<Planned<Appraiser>> plan) {
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
				this.events.publish(new RecordChanged(SubjectKind.APPRAISER, after.id(), after.regionCode(),
						run.caller(), ImportRun.action(planned), run.source(), planned.before(), after));
			}
		}
	}

	private record Stored(Map<String, Agency> agencyByCode, Map<String, Agency> agencyById,
			Map<String, Appraiser> appraisers) {
	}

}
