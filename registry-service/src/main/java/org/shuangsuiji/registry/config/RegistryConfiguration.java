package org.shuangsuiji.registry.config;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.agency.AgencyFlags;
import org.shuangsuiji.registry.agency.AgencyService;
import org.shuangsuiji.registry.agency.AgencyStaff;
import org.shuangsuiji.registry.agency.AgencyStore;
import org.shuangsuiji.registry.agency.FlagService;
import org.shuangsuiji.registry.agency.PremisesThresholds;
import org.shuangsuiji.registry.appraiser.AppraiserService;
import org.shuangsuiji.registry.appraiser.AppraiserStaff;
import org.shuangsuiji.registry.appraiser.AppraiserStore;
import org.shuangsuiji.registry.conflict.ConflictService;
import org.shuangsuiji.registry.conflict.ConflictStore;
import org.shuangsuiji.registry.history.HistoryRecorder;
import org.shuangsuiji.registry.history.HistoryStore;
import org.shuangsuiji.registry.importing.ExportService;
import org.shuangsuiji.registry.importing.ImportService;
import org.shuangsuiji.registry.importing.TableFiles;
import org.shuangsuiji.registry.inspection.InspectionRectificationService;
import org.shuangsuiji.registry.inspection.InspectionRectificationStore;
import org.shuangsuiji.registry.inspection.InspectionTasks;
import org.shuangsuiji.registry.pool.PoolService;
import org.shuangsuiji.registry.pool.PoolStore;
import org.shuangsuiji.registry.region.RegionTree;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry put together: the plain-Java use cases of each feature wired to the
 * adapters that implement their ports (the {@code Mongo*} stores, the spreadsheet files,
 * the platform's {@link DomainEvents}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
public class RegistryConfiguration {

	@Bean
	Clock registryClock(RegistryProperties properties) {
		return Clock.system(ZoneId.of(properties.zone()));
	}

	@Bean
	RegionTree regionTree() {
		return RegionTree.shipped();
	}

	@Bean
	AgencyFlags agencyFlags(RegistryProperties properties) {
		Map<RegionCode, BigDecimal> byRegion = new LinkedHashMap<>();
		properties.premisesMinimumArea().forEach((code, area) -> byRegion.put(RegionCode.of(code), area));
		return new AgencyFlags(new PremisesThresholds(properties.premisesDefaultMinimumArea(), byRegion));
	}

	@Bean
	HistoryRecorder historyRecorder(HistoryStore store, Clock clock) {
		return new HistoryRecorder(store, clock);
	}

	@Bean
	AgencyStaff agencyStaff(AppraiserStore appraisers) {
		return new AppraiserStaff(appraisers);
	}

	@Bean
	FlagService flagService(AgencyStore agencies, AgencyStaff staff, AgencyFlags flags, Clock clock) {
		return new FlagService(agencies, staff, flags, clock);
	}

	@Bean
	AgencyService agencyService(AgencyStore agencies, AgencyStaff staff, FlagService flags, HistoryRecorder history,
			RegionTree regions, Clock clock, DomainEvents events) {
		return new AgencyService(agencies, staff, flags, history, regions, clock, events);
	}

	@Bean
	AppraiserService appraiserService(AppraiserStore appraisers, AgencyService agencies, FlagService flags,
			HistoryRecorder history, DomainEvents events) {
		return new AppraiserService(appraisers, agencies, flags, history, events);
	}

	@Bean
	PoolService poolService(PoolStore pools, RegionTree regions, HistoryRecorder history, DomainEvents events) {
		return new PoolService(pools, regions, history, events);
	}

	@Bean
	ConflictService conflictService(ConflictStore conflicts, PoolService pools, AgencyService agencies,
			FlagService flags, DomainEvents events, Clock clock) {
		return new ConflictService(conflicts, pools, agencies, flags, events, clock);
	}

	@Bean
	ImportService importService(AgencyStore agencies, AgencyStaff staff, AppraiserStore appraisers, PoolStore pools,
			FlagService flags, RegionTree regions, TableFiles files, Clock clock, DomainEvents events) {
		return new ImportService(agencies, staff, appraisers, pools, flags, regions, files, clock, events);
	}

	@Bean
	ExportService exportService(AgencyStore agencies, AppraiserStore appraisers, PoolStore pools, TableFiles files) {
		return new ExportService(agencies, appraisers, pools, files);
	}

	@Bean
	InspectionRectificationService inspectionRectificationService(InspectionRectificationStore outcomes,
			AgencyService agencies, InspectionTasks tasks, DomainEvents events, Clock clock) {
		return new InspectionRectificationService(outcomes, agencies, tasks, events, clock);
	}

}
