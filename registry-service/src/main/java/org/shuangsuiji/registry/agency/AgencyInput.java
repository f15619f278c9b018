package org.shuangsuiji.registry.agency;

import java.util.List;

/**
 * An agency profile as typed by a person or read from a file row, before it is checked.
 * Region, credit code and categories stay text so each fault can be reported.
 */
public record AgencyInput(String name, String creditCode, String regionCode, String address, String legalRepresentative,
		String contactPerson, String contactPhone, List<String> categories, Licence licence,
		List<Certificate> certificates, Premises premises, List<Equipment> equipment, LiabilityCover liability) {

	public AgencyInput {
		categories = (categories != null) ? categories : List.of();
		certificates = (certificates != null) ? certificates : List.of();
		equipment = (equipment != null) ? equipment : List.of();
	}

}
