package org.shuangsuiji.registry.agency;

import java.util.List;
import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * What a bureau records about an agency and may replace as a whole (form or import): the
 * header of the 新乡 checklist plus licence, certificates, premises, equipment and cover.
 *
 * @param name 机构名称
 * @param creditCode 统一社会信用代码
 * @param regionCode the county-level region it is registered in
 * @param address 机构地址
 * @param legalRepresentative 法定代表人
 * @param contactPerson 联系人
 * @param contactPhone 联系方式
 * @param categories 业务类别 on the licence
 * @param licence 司法鉴定许可证, may be unknown
 * @param certificates CMA / CNAS certificates
 * @param premises 执业场所
 * @param equipment instruments with calibration due dates
 * @param liability 执业责任保险 / 执业风险金, may be unknown
 */
public record AgencyProfile(String name, CreditCode creditCode, RegionCode regionCode, String address,
		String legalRepresentative, String contactPerson, String contactPhone, Set<BusinessCategory> categories,
		Licence licence, List<Certificate> certificates, Premises premises, List<Equipment> equipment,
		LiabilityCover liability) {

	public AgencyProfile {
		categories = Set.copyOf(categories);
		certificates = List.copyOf(certificates);
		equipment = List.copyOf(equipment);
		premises = (premises != null) ? premises : Premises.unknown();
	}

	/** The same profile with another equipment list (imports do not carry equipment). */
	public AgencyProfile withEquipment(List<Equipment> otherEquipment) {
		return new AgencyProfile(this.name, this.creditCode, this.regionCode, this.address, this.legalRepresentative,
				this.contactPerson, this.contactPhone, this.categories, this.licence, this.certificates, this.premises,
				otherEquipment, this.liability);
	}

}
