package org.shuangsuiji.inspection.demo;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawService;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.PlanStore;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.TokenClaims;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Loads the demo plan and draws it, idempotently: the plan has a fixed id, a committed
 * draw is not committed again, a drawn one not drawn again. The draw goes through the
 * same {@link DrawService} as the API, signed in as the demo city account, so
 * registry-service scopes the pool reads exactly as for a person. Until registry-service
 * (or Keycloak) answers, it tries again every {@code inspection.demo.retry-interval}, on
 * a thread of its own so that start-up is not held back.
 */
class DemoPlanLoader implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

	private final DemoProperties properties;

	private final PlanStore plans;

	private final DrawStore draws;

	private final DrawService drawService;

	private final AuditTrail audit;

	private final JwtDecoder jwtDecoder;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "demo-plan-loader");
		thread.setDaemon(true);
		return thread;
	});

	private volatile Future<?> loading;

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

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** Hands the load to the loader's own thread and returns. */
	void load() {
		this.loading = this.executor.submit(this::loadUntilDone);
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
		Future<?> current = this.loading;
		return current != null && !current.isDone();
	}

	/** Stops waiting for registry-service when the service shuts down. */
	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
