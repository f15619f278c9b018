package org.shuangsuiji.platform.web.event;

import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * {@link DomainEvents} published as Spring application events: listeners are
 * {@code @EventListener} methods at a feature's edge, called synchronously.
 */
@AutoConfiguration
public class DomainEventsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DomainEvents domainEvents(ApplicationEventPublisher publisher) {
		return publisher::publishEvent;
	}

}
