package org.shuangsuiji.registry.agency;

import org.shuangsuiji.platform.naming.ChineseNamed;

/** The warnings computed for every agency from its registry facts. */
public enum FlagKind implements ChineseNamed {

	/** 司法鉴定许可证 past its validity. */
	LICENCE_EXPIRED("司法鉴定许可证已过期"),
	/** 司法鉴定许可证 ends within 90 days. */
	LICENCE_EXPIRING("司法鉴定许可证90日内到期"),
	/** A CMA/CNAS certificate past its validity (鄂州 item 9 ③). */
	CERTIFICATE_EXPIRED("资质认定或实验室认可证书已过期"),
	/** A CMA/CNAS certificate ends within 90 days. */
	CERTIFICATE_EXPIRING("资质认定或实验室认可证书90日内到期"),
	/** A category that needs CMA/CNAS without a valid certificate (鄂州 item 9 ①②). */
	ACCREDITATION_MISSING("需认证认可的业务类别无有效证书"),
	/** Fewer than 3 active appraisers in one of the agency's categories (鄂州 item 3 ②). */
	CATEGORY_UNDERSTAFFED("单项执业类别鉴定人少于3人"),
	/** 5 or fewer active appraisers in all (鄂州 item 3 ①). */
	FEW_APPRAISERS("鉴定人数量5人（含）以下"),
	/** Premises below the region's minimum area (新乡 item 1: 70 m², 鄂州 item 7: 100 m²). */
	PREMISES_TOO_SMALL("执业场所面积不足"),
	/**
	 * Appraisers with fewer than 40 hours of continuing education last year (鄂州 item 3
	 * ④).
	 */
	TRAINING_HOURS_SHORT("鉴定人继续教育学时不足40"),
	/** An instrument whose calibration is overdue (新乡 item 1 (3), 鄂州 item 10 ③). */
	CALIBRATION_OVERDUE("仪器设备检定校准逾期"),
	/** No valid liability insurance or 执业风险金 (鄂州 item 11). */
	LIABILITY_COVER_MISSING("未参加执业责任保险或建立执业风险金");

	private final String chineseName;

	FlagKind(String chineseName) {
		this.chineseName = chineseName;
	}

	@Override
	public String chineseName() {
		return this.chineseName;
	}

}
