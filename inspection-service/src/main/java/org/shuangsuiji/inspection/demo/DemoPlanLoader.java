package org.shuangsuiji.inspection.demo;

import java.time.Clock;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.inspection.audit.application.AuditTrail;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.application.DrawService;
import org.shuangsuiji.inspection.draw.persistence.DrawStore;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.persistence.PlanStore;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.TokenClaims;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Loads the demo plan and draws it, idempotently: the plan has a fixed id, a committed
 * draw is not committed again, a drawn one not drawn again. The draw goes through the
 * same {@link DrawService} as the API, signed in as the demo city account, so
 * registry-service scopes the pool reads exactly as for a person. Until registry-service
 * (or Keycloak) answers, it tries again in the background every
 * {@code inspection.demo.retry-interval}.
 */
@Component
@ConditionalOnProperty(name = "inspection.demo.enabled", havingValue = "true")
class DemoPlanLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

	private final DemoProperties properties;

	private final PlanStore plans;

	private final DrawStore draws;

	private final DrawService drawService;

	private final AuditTrail audit;

	private final JwtDecoder jwtDecoder;

	private final Clock clock;

	private volatile Thread worker;

	DemoPlanLoader(DemoProperties properties, PlanStore plans, DrawStore draws, DrawService drawService,
			AuditTrail audit, JwtDecoder jwtDecoder, Clock clock) {
		this.properties = properties;
		this.plans = plans;
		this.draws = draws;
		this.drawService = drawService;
		this.audit = audit;
		this.jwtDecoder = jwtDecoder;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		Thread thread = new Thread(this::loadUntilDone, "demo-plan-loader");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	private void loadUntilDone() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				ensurePlan();
				ensureDrawn();
				log.info("demo plan {} is published and drawn: /api/public/inspections/plans/{}/draw",
						XinxiangDemoPlan.ID, XinxiangDemoPlan.ID);
				return;
			}
			catch (RuntimeException ex) {
				log.info("demo plan not drawn yet ({}); trying again in {}", ex.getMessage(),
						this.properties.retryInterval());
			}
			finally {
				SecurityContextHolder.clearContext();
			}
			try {
				Thread.sleep(this.properties.retryInterval().toMillis());
			}
			catch (InterruptedException stop) {
				return;
			}
		}
	}

	private void ensurePlan() {
		if (this.plans.find(XinxiangDemoPlan.ID).isPresent()) {
			return;
		}
		Plan plan = new Plan(XinxiangDemoPlan.ID, XinxiangDemoPlan.terms(), PlanStatus.DRAFT, Actor.SYSTEM,
				this.clock.instant(), null, null)
			.publish(this.clock.instant());
		this.plans.save(plan);
		this.audit.append(Actor.SYSTEM, "plan.published", "plan", plan.id().value(), plan.terms().region().value(),
				Map.of("title", plan.terms().title(), "demo", "fictional demo data of the local run"));
	}

	private void ensureDrawn() {
		DrawRecord record = this.draws.find(XinxiangDemoPlan.ID).orElse(null);
		if (record != null && record.drawn()) {
			return;
		}
		Caller caller = signIn();
		if (record == null) {
			this.drawService.commit(caller, XinxiangDemoPlan.ID);
		}
		this.drawService.draw(caller, XinxiangDemoPlan.ID, XinxiangDemoPlan.SEED, XinxiangDemoPlan.SEED_NOTE);
	}

	/**
	 * Signs in as the demo city account and puts its token where the token relay finds
	 * it.
	 */
	private Caller signIn() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "password");
		form.add("client_id", this.properties.clientId());
		form.add("username", this.properties.username());
		form.add("password", this.properties.password());
		Map<?, ?> response = RestClient.create()
			.post()
			.uri(this.properties.tokenUri())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		Jwt jwt = this.jwtDecoder.decode(String.valueOf(response.get("access_token")));
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
		return TokenClaims.caller(jwt.getClaims())
			.orElseThrow(() -> new IllegalStateException("the demo account's token has no region_code"));
	}

	/** Whether the background load is still going. */
	boolean running() {
		Thread running = this.worker;
		return running != null && running.isAlive();
	}

	@PreDestroy
	void stop() {
		Thread running = this.worker;
		if (running != null) {
			running.interrupt();
		}
	}

}
