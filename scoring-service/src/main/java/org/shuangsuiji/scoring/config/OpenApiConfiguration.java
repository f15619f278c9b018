package org.shuangsuiji.scoring.config;

import org.springdoc.core.utils.SpringDocUtils;

import org.shuangsuiji.platform.security.Caller;

import org.springframework.context.annotation.Configuration;

/**
 * OpenAPI at {@code /v3/api-docs}: the {@link Caller} controller parameter comes from the
 * token, not from the request, so it is not documented as one.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

}
