package org.shuangsuiji.platform.category;

import java.util.Optional;

import org.shuangsuiji.platform.naming.ChineseNamed;

/**
 * The business categories (执业类别) of judicial appraisal, after 《司法鉴定执业分类规定》 (司法部, 2020)
 * and the 《全国人民代表大会常务委员会关于司法鉴定管理问题的决定》 (2005, art. 2): 法医类, 物证类, 声像资料类 and 环境损害类.
 */
public enum BusinessCategory implements ChineseNamed {

	FORENSIC_PATHOLOGY("法医病理", "Forensic pathology", false),
	FORENSIC_CLINICAL("法医临床", "Forensic clinical medicine", false),
	FORENSIC_PSYCHIATRY("法医精神病", "Forensic psychiatry", false),
	FORENSIC_BIOLOGY("法医物证", "Forensic biology (DNA)", true), FORENSIC_TOXICOLOGY("法医毒物", "Forensic toxicology", true),
	DOCUMENT("文书", "Questioned documents", false), TRACE("痕迹", "Trace and impression evidence", false),
	MICRO_TRACE("微量物证", "Micro-trace evidence", true), AUDIO_VISUAL("声像资料", "Audio-visual and electronic data", true),
	ENVIRONMENTAL_DAMAGE("环境损害", "Environmental damage", true);

	private final String chineseName;

	private final String englishName;

	private final boolean accreditationRequired;

	BusinessCategory(String chineseName, String englishName, boolean accreditationRequired) {
		this.chineseName = chineseName;
		this.englishName = englishName;
		this.accreditationRequired = accreditationRequired;
	}

	@Override
	public String chineseName() {
		return this.chineseName;
	}

	public String englishName() {
		return this.englishName;
	}

	/**
	 * Whether practising the category needs 资质认定 (CMA) or 实验室认可 (CNAS): 鄂州 2025 item 9
	 * lists 法医物证, 法医毒物, 微量物证, 声像资料 and 环境损害.
	 */
	public boolean accreditationRequired() {
		return this.accreditationRequired;
	}

	/**
	 * Finds a category by its code ({@code FORENSIC_CLINICAL}) or its Chinese name
	 * (法医临床).
	 */
	public static Optional<BusinessCategory> parse(String text) {
		return ChineseNamed.parse(BusinessCategory.class, text);
	}

}
