package org.shuangsuiji.registry.agency.web;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.shuangsuiji.registry.agency.AgencyInput;
import org.shuangsuiji.registry.agency.Certificate;
import org.shuangsuiji.registry.agency.Equipment;
import org.shuangsuiji.registry.agency.LiabilityCover;
import org.shuangsuiji.registry.agency.Licence;
import org.shuangsuiji.registry.agency.Premises;

/**
 * An agency profile to register or replace. Region, credit code and categories are
 * checked by the domain so each fault names its field; {@code version} guards a replace.
 */
public record AgencyRequest(@Size(max = 200) String name, String creditCode, String regionCode,
		@Size(max = 300) String address, @Size(max = 50) String legalRepresentative,
		@Size(max = 50) String contactPerson, String contactPhone, @Size(max = 20) List<String> categories,
		Licence licence, @Size(max = 10) List<Certificate> certificates, Premises premises,
		@Size(max = 500) List<Equipment> equipment, LiabilityCover liability, Long version) {

	AgencyInput toInput() {
		return new AgencyInput(this.name, this.creditCode, this.regionCode, this.address, this.legalRepresentative,
				this.contactPerson, this.contactPhone, this.categories, this.licence, this.certificates, this.premises,
				this.equipment, this.liability);
	}

}
