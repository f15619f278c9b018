package org.shuangsuiji.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes, resources and the containers' security settings of every pod template. */
class WorkloadRulesTests {

	@EveryOverlay
	void everyServingContainerHasLivenessAndReadinessProbes(String name) {
		List<String> missing = new ArrayList<>();
		for (Overlay.Workload workload : Overlay.rendered(name).workloads()) {
			if (!workload.serving()) {
				continue;
			}
			for (Container container : workload.template().getSpec().getContainers()) {
				if (container.getLivenessProbe() == null) {
					missing.add(workload + " " + container.getName() + ": no liveness probe");
				}
				if (container.getReadinessProbe() == null) {
					missing.add(workload + " " + container.getName() + ": no readiness probe");
				}
			}
		}

		assertThat(missing).isEmpty();
	}

	@EveryOverlay
	void everyServiceProbesLivezAndReadyzOnItsMainPort(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> wrong = new ArrayList<>();
		for (String service : Services.JAVA) {
			Container container = Services.container(overlay, service);
			check(wrong, service + " liveness", container.getLivenessProbe().getHttpGet().getPath(), "/livez");
			check(wrong, service + " readiness", container.getReadinessProbe().getHttpGet().getPath(), "/readyz");
			check(wrong, service + " liveness port", container.getLivenessProbe().getHttpGet().getPort().getStrVal(),
					"http");
			check(wrong, service + " main port",
					String.valueOf(container.getPorts()
						.stream()
						.filter((port) -> "http".equals(port.getName()))
						.findFirst()
						.orElseThrow()
						.getContainerPort()),
					String.valueOf(Services.MAIN_PORT.get(service)));
		}

		assertThat(wrong).isEmpty();
	}

	@EveryOverlay
	void everyContainerHasCpuAndMemoryRequestsAndLimitsWithLimitsAboveRequests(String name) {
		List<String> problems = new ArrayList<>();
		for (Overlay.Workload workload : Overlay.rendered(name).workloads()) {
			for (Container container : ApiSchemaTests.containers(workload)) {
				String where = workload + " " + container.getName();
				var resources = container.getResources();
				for (String resource : List.of("cpu", "memory")) {
					Quantity request = (resources == null || resources.getRequests() == null) ? null
							: resources.getRequests().get(resource);
					Quantity limit = (resources == null || resources.getLimits() == null) ? null
							: resources.getLimits().get(resource);
					if (request == null || limit == null) {
						problems.add(where + ": no " + resource + " request or limit");
					}
					else if (Quantity.getAmountInBytes(limit).compareTo(Quantity.getAmountInBytes(request)) < 0) {
						problems.add(where + ": " + resource + " limit " + limit + " below its request " + request);
					}
				}
			}
		}

		assertThat(problems).isEmpty();
	}

	@EveryOverlay
	void everyContainerRunsAsNonRootOnAReadOnlyRootFileSystemWithoutPrivileges(String name) {
		List<String> problems = new ArrayList<>();
		for (Overlay.Workload workload : Overlay.rendered(name).workloads()) {
			PodSecurityContext pod = Optional.ofNullable(workload.template().getSpec().getSecurityContext())
				.orElseGet(PodSecurityContext::new);
			for (Container container : ApiSchemaTests.containers(workload)) {
				String where = workload + " " + container.getName();
				SecurityContext own = Optional.ofNullable(container.getSecurityContext())
					.orElseGet(SecurityContext::new);
				Boolean nonRoot = first(own.getRunAsNonRoot(), pod.getRunAsNonRoot());
				Long user = first(own.getRunAsUser(), pod.getRunAsUser());
				if (!Boolean.TRUE.equals(nonRoot) || user == null || user == 0) {
					problems.add(where + ": not runAsNonRoot with a non-zero runAsUser");
				}
				if (!Boolean.TRUE.equals(own.getReadOnlyRootFilesystem())) {
					problems.add(where + ": root file system not read-only");
				}
				if (!Boolean.FALSE.equals(own.getAllowPrivilegeEscalation())) {
					problems.add(where + ": allowPrivilegeEscalation not false");
				}
				if (own.getCapabilities() == null || !own.getCapabilities().getDrop().contains("ALL")) {
					problems.add(where + ": capabilities not dropped");
				}
				if (Boolean.TRUE.equals(own.getPrivileged())) {
					problems.add(where + ": privileged");
				}
			}
		}

		assertThat(problems).isEmpty();
	}

	@EveryOverlay
	void javaServicesTakeTheirHeapFromTheMemoryLimitNotFromLocalRunFlags(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> problems = new ArrayList<>();
		for (String service : Services.JAVA) {
			Container container = Services.container(overlay, service);
			for (EnvVar variable : container.getEnv()) {
				String value = Optional.ofNullable(variable.getValue()).orElse("");
				if (value.contains("-Xmx") || value.contains("-Xms") || value.contains("TieredStopAtLevel")) {
					problems.add(service + " " + variable.getName() + ": fixed heap or start-up flags (" + value + ")");
				}
			}
			if (container.getResources().getLimits().get("memory") == null) {
				problems.add(service + ": no memory limit for the JVM to size its heap from");
			}
		}

		assertThat(problems).isEmpty();
	}

	@EveryOverlay
	void everyStatelessServiceScalesOnAnHpaAndKeepsReplicasThroughDisruptions(String name) {
		Overlay overlay = Overlay.rendered(name);
		Map<String, io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler> autoscalers = Services
			.byName(overlay.all(io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
					(hpa) -> hpa.getSpec().getScaleTargetRef().getName());
		List<String> problems = new ArrayList<>();
		for (String service : Services.STATELESS) {
			var hpa = autoscalers.get(service);
			if (hpa == null) {
				problems.add(service + ": no HorizontalPodAutoscaler");
			}
			else if (hpa.getSpec().getMinReplicas() < 2 || hpa.getSpec().getMetrics().isEmpty()) {
				problems.add(service + ": HPA below 2 replicas or without a metric");
			}
		}
		for (Overlay.Workload workload : overlay.workloads()) {
			// A single replica (Keycloak's PostgreSQL) has nothing a budget could keep.
			if (workload.serving() && workload.replicas() > 1 && overlay
				.all(io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class)
				.stream()
				.noneMatch(
						(pdb) -> Services.selects(pdb.getSpec().getSelector().getMatchLabels(), workload.labels()))) {
				problems.add(workload + ": no PodDisruptionBudget");
			}
		}

		assertThat(problems).isEmpty();
	}

	private static void check(List<String> wrong, String what, String actual, String expected) {
		if (!expected.equals(actual)) {
			wrong.add(what + ": " + actual + " (expected " + expected + ")");
		}
	}

	@SafeVarargs
	private static <T> T first(T... values) {
		return Stream.of(values).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

}
