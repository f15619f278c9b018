package org.shuangsuiji.inspection.config;

import java.util.List;

import org.shuangsuiji.inspection.forms.pdf.FormPrinter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The form renderers over the CJK font of {@code inspection.forms.font-paths} (the first
 * that exists; Debian's fonts-wqy-microhei by default), loaded on the first form.
 */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

	@Bean
	FormPrinter formPrinter(@Value("${inspection.forms.font-paths}") List<String> fontPaths) {
		return new FormPrinter(fontPaths);
	}

}
