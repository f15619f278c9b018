package org.shuangsuiji.registry.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.tables.Table.Row;
import org.shuangsuiji.platform.tables.Table;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyProfile;
import org.shuangsuiji.registry.agency.AgencyRules;
import org.shuangsuiji.registry.agency.AgencyStaff;
import org.shuangsuiji.registry.agency.AgencyStore;
import org.shuangsuiji.registry.history.HistoryRecorder;
import org.shuangsuiji.registry.history.RecordChanged;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.region.RegionTree;

/**
 * Agency files: a row is a profile (and optionally a status), matched by 统一社会信用代码.
 * Equipment is not in the file and is kept; a status that differs is a status change.
 */
class AgencyImport implements SheetImport<Agency> {

	private final AgencyStore agencies;

	private final AgencyStaff staff;

	private final RegionTree regions;

	private final DomainEvents events;

	AgencyImport(AgencyStore agencies, AgencyStaff staff, RegionTree regions, DomainEvents events) {
		this.agencies = agencies;
		this.staff = staff;
		this.regions = regions;
		this.events = events;
	}

	@Override
	public List<Planned<Agency>> plan(ImportRun run, Table table, List<ImportError> errors) {
		Map<Row, Checked> checked = check(run, table, errors);
		Map<String, Agency> stored = StoredRecords.byKey(
				checked.values().stream().map((c) -> c.profile().creditCode().value()).toList(),
				this.agencies::findByCreditCodes, (a) -> a.profile().creditCode().value());
		List<Planned<Agency>> plan = new ArrayList<>();
		checked.forEach((row, given) -> plan(run, row, given, stored.get(given.profile().creditCode().value()), errors)
			.ifPresent(plan::add));
		return plan;
	}

	/** Reads every row and checks it on its own and against the other rows. */
	private Map<Row, Checked> check(ImportRun run, Table table, List<ImportError> errors) {
		Map<String, Integer> seen = new HashMap<>();
		Map<Row, Checked> checked = new LinkedHashMap<>();
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
			if (!run.caller().covers(profile.get().regionCode())) {
				errors.add(new ImportError(row.number(), AgencySheet.REGION,
						"region " + profile.get().regionCode() + " is outside your region " + run.caller().region()));
				continue;
			}
			HeaderCheck.requireUnique(seen, profile.get().creditCode().value(), row.number(), AgencySheet.CREDIT_CODE,
					errors);
			checked.put(row, new Checked(read.get(), profile.get()));
		}
		return checked;
	}

	/** The row's effect on the stored agency ({@code null}: a new one). */
	private Optional<Planned<Agency>> plan(ImportRun run, Row row, Checked given, Agency before,
			List<ImportError> errors) {
		if (before == null) {
			return Optional.of(new Planned<>(row.number(), null,
					Agency.register(UUID.randomUUID().toString(), given.profile(), given.parsed().status()), true));
		}
		if (!run.caller().covers(before.profile().regionCode())) {
			errors.add(new ImportError(row.number(), AgencySheet.CREDIT_CODE,
					"registered in region " + before.profile().regionCode() + ", outside your region"));
			return Optional.empty();
		}
		Agency after = before.withProfile(given.profile().withEquipment(before.profile().equipment()));
		if (given.parsed().status() != null && given.parsed().status() != before.status()) {
			try {
				after = after.changeStatus(given.parsed().status(), "导入文件 " + run.fileName(), run.today(), run.caller(),
						run.at());
			}
			catch (ProblemException ex) {
				errors.add(new ImportError(row.number(), AgencySheet.STATUS, ex.getMessage()));
				return Optional.empty();
			}
		}
		return Optional.of(new Planned<>(row.number(), before, after, HistoryRecorder.differ(before, after)));
	}

	@Override
	public void apply(ImportRun run, List<Planned<Agency>> plan) {
		for (Planned<Agency> planned : plan) {
			if (!planned.changed()) {
				continue;
			}
			Agency after = planned.after();
			this.agencies.save(after);
			this.events.publish(new RecordChanged(SubjectKind.AGENCY, after.id(), after.profile().regionCode(),
					run.caller(), ImportRun.action(planned), run.source(), planned.before(), after));
			if (!planned.created() && !planned.before().profile().regionCode().equals(after.profile().regionCode())) {
				this.staff.moveRegion(after.id(), after.profile().regionCode());
			}
		}
	}

	private record Checked(AgencySheet.Parsed parsed, AgencyProfile profile) {
	}

}
