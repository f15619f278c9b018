package org.shuangsuiji.platform.web.openapi;

import org.springdoc.core.utils.SpringDocUtils;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Supervisor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;

/**
 * For every service that documents its API with springdoc: the {@link Caller} and
 * {@link Supervisor} controller arguments come from the verified token, not from the
 * request, so it is not documented as a (required) query parameter. The SPA's types are
 * generated from these documents.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
public class OpenApiAutoConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, Supervisor.class);
	}

}
