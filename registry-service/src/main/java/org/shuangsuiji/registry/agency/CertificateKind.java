package org.shuangsuiji.registry.agency;

import java.util.Arrays;
import java.util.Optional;

/** 资质认定 (CMA, by the market regulator) or 实验室认可 (CNAS). */
public enum CertificateKind {

	CMA("资质认定"), CNAS("实验室认可");

	private final String chineseName;

	CertificateKind(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	public static Optional<CertificateKind> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		return Arrays.stream(values())
			.filter((k) -> k.name().equalsIgnoreCase(trimmed) || k.chineseName.equals(trimmed))
			.findFirst();
	}

}
