package org.shuangsuiji.registry.agency;

import org.shuangsuiji.platform.naming.ChineseNamed;

/** 资质认定 (CMA, by the market regulator) or 实验室认可 (CNAS). */
public enum CertificateKind implements ChineseNamed {

	CMA("资质认定"), CNAS("实验室认可");

	private final String chineseName;

	CertificateKind(String chineseName) {
		this.chineseName = chineseName;
	}

	@Override
	public String chineseName() {
		return this.chineseName;
	}

}
