package org.shuangsuiji.inspection.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.inspection.audit.AuditTrail;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawService;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.PlanStatus;
import org.shuangsuiji.inspection.plan.PlanStore;
import org.shuangsuiji.inspection.plan.PlanTerms;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskSchedule;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.inspection.task.TaskStatus;
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
 * Loads the demo plans and draws them, idempotently: each plan has a fixed id, a
 * committed draw is not committed again, a drawn one not drawn again. The 新乡 2024 plan
 * comes first; then the upcoming 原阳 plan ({@link UpcomingDemoPlan}), whose task of
 * {@link UpcomingDemoPlan#AGENCY} is scheduled three weeks ahead when it is still
 * unscheduled, so that the local run holds an inspection the agency has not been told of.
 * Both draws are {@code shuangsuiji-draw/2} and go through {@link DrawService}, signed in
 * as the demo city account, so registry-service scopes the pool reads exactly as for a
 * person; the 2024 draw's secret and privacy salt come from {@link DemoDrawRandom}, so
 * every local run draws the same teams, the upcoming plan's from the API's own service.
 * Until registry-service (or Keycloak) answers, it tries again every
 * {@code inspection.demo.retry-interval}, on a thread of its own so that start-up is not
 * held back.
 */
class DemoPlanLoader implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

	private final DemoProperties properties;

	private final PlanStore plans;

	private final DrawStore draws;

	private final DrawService drawService;

	private final Supplier<DrawService> fixedDemoDraw;

	private final TaskService taskService;

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
			Supplier<DrawService> fixedDemoDraw, TaskService taskService, AuditTrail audit, JwtDecoder jwtDecoder,
			Clock clock) {
		this.properties = properties;
		this.plans = plans;
		this.draws = draws;
		this.drawService = drawService;
		this.fixedDemoDraw = fixedDemoDraw;
		this.taskService = taskService;
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
				ensurePlan(XinxiangDemoPlan.ID, XinxiangDemoPlan.terms());
				ensureDrawn(XinxiangDemoPlan.ID, this.fixedDemoDraw.get(), XinxiangDemoPlan.SEED,
						XinxiangDemoPlan.SEED_NOTE);
				log.info("demo plan {} is published and drawn: /api/public/inspections/plans/{}/draw",
						XinxiangDemoPlan.ID, XinxiangDemoPlan.ID);
				ensurePlan(UpcomingDemoPlan.ID, UpcomingDemoPlan.terms(today()));
				ensureDrawn(UpcomingDemoPlan.ID, this.drawService, UpcomingDemoPlan.SEED, UpcomingDemoPlan.SEED_NOTE);
				ensureUpcomingScheduled();
				log.info("demo plan {} is published and drawn, its visit of {} scheduled", UpcomingDemoPlan.ID,
						UpcomingDemoPlan.AGENCY);
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

	private void ensurePlan(PlanId id, PlanTerms terms) {
		if (this.plans.find(id).isPresent()) {
			return;
		}
		Plan plan = new Plan(id, terms, PlanStatus.DRAFT, Actor.SYSTEM, this.clock.instant(), null, null)
			.publish(this.clock.instant());
		this.plans.save(plan);
		this.audit.append(Actor.SYSTEM, "plan.published", "plan", plan.id().value(), plan.terms().region().value(),
				Map.of("title", plan.terms().title(), "demo", "fictional demo data of the local run"));
	}

	/**
	 * Commits (unless committed) and draws with the operator's seed, through
	 * {@code drawService}.
	 */
	private void ensureDrawn(PlanId id, DrawService drawService, String seed, String seedNote) {
		DrawRecord record = this.draws.find(id).orElse(null);
		if (record != null && record.drawn()) {
			return;
		}
		Caller caller = signIn();
		if (record == null) {
			drawService.commit(caller, id);
		}
		drawService.draw(caller, id, seed, seedNote);
	}

	/**
	 * Schedules the upcoming visit once, as the city through the same use case as the
	 * API; a task scheduled before (or already on site) is left alone, and a registry
	 * without the demo agency (tests) leaves nothing to schedule.
	 */
	private void ensureUpcomingScheduled() {
		Caller caller = signIn();
		Optional<InspectionTask> task = this.taskService.list(caller, Optional.empty(), UpcomingDemoPlan.ID, null)
			.stream()
			.filter((t) -> t.agencyId().equals(UpcomingDemoPlan.AGENCY))
			.findFirst();
		if (task.isEmpty()) {
			log.info("demo plan {} did not draw {}; no visit to schedule", UpcomingDemoPlan.ID,
					UpcomingDemoPlan.AGENCY);
			return;
		}
		if (task.get().status() != TaskStatus.PLANNED) {
			return;
		}
		LocalDate day = UpcomingDemoPlan.visitDay(today());
		this.taskService.schedule(this.taskService.requireOrganiser(caller, task.get().id()), day,
				UpcomingDemoPlan.START, UpcomingDemoPlan.notifyAt(day));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(TaskSchedule.ZONE));
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
