package org.shuangsuiji.registry.agency.persistence;

import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.registry.agency.Certificate;
import org.shuangsuiji.registry.agency.Equipment;
import org.shuangsuiji.registry.agency.Flag;
import org.shuangsuiji.registry.agency.LiabilityCover;
import org.shuangsuiji.registry.agency.Licence;
import org.shuangsuiji.registry.agency.PartyBuildingNote;
import org.shuangsuiji.registry.agency.Penalty;
import org.shuangsuiji.registry.agency.StatusChange;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An agency as stored in {@code agencies}. Region, credit code, categories and flag kinds
 * are top-level fields so search can filter and index them.
 */
@Document(AgencyDocument.COLLECTION)
public class AgencyDocument {

	public static final String COLLECTION = "agencies";

	@Id
	String id;

	String name;

	String creditCode;

	String regionCode;

	String address;

	String legalRepresentative;

	String contactPerson;

	String contactPhone;

	List<String> categories;

	Licence licence;

	List<Certificate> certificates;

	String premisesArea;

	List<String> premisesZones;

	List<Equipment> equipment;

	LiabilityCover liability;

	String status;

	List<StatusChange> statusHistory;

	List<Penalty> penalties;

	List<PartyBuildingNote> partyBuilding;

	List<Flag> flags;

	List<String> flagKinds;

	LocalDate flagsComputedOn;

	LocalDate flagsValidUntil;

	@Version
	Long version;

}
