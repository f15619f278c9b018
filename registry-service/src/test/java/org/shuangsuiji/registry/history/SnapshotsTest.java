package org.shuangsuiji.registry.history;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyFixtures;
import org.shuangsuiji.registry.agency.AgencyProfile;
import org.shuangsuiji.registry.agency.Licence;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotsTest {

	@Test
	void flattensNestedRecordsListsAndValueObjects() {
		Map<String, String> snapshot = Snapshots.of(AgencyFixtures.aWellRunClinicalAgency(), Set.of());
		assertThat(snapshot).containsEntry("regionCode", "410702")
			.containsEntry("licence.validUntil", "2026-12-31")
			.containsEntry("equipment[0].name", "显微镜")
			.containsEntry("categories", "FORENSIC_CLINICAL")
			.containsEntry("premises.zones", "ARCHIVE, RECEPTION")
			.containsEntry("premises.areaSquareMetres", "120");
	}

	@Test
	void reportsOnlyTheFieldsThatChanged() {
		AgencyProfile before = AgencyFixtures.aWellRunClinicalAgency();
		AgencyProfile after = AgencyFixtures.with(before, new Licence("410000000001", "河南省司法厅",
				before.licence().validFrom(), java.time.LocalDate.of(2031, 12, 31)));
		assertThat(Snapshots.diff(Snapshots.of(before, Set.of()), Snapshots.of(after, Set.of())))
			.containsExactly(new FieldChange("licence.validUntil", "2026-12-31", "2031-12-31"));
	}

	@Test
	void leavesOutSkippedComponents() {
		Agency agency = Agency.register("a-1", AgencyFixtures.aWellRunClinicalAgency(), null);
		assertThat(Snapshots.of(agency, Set.of("id", "version", "flagState"))).doesNotContainKeys("id", "version")
			.containsEntry("status", "ACTIVE")
			.containsEntry("profile.name", "新乡示例司法鉴定所");
	}

}
