package org.shuangsuiji.k8s;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the entry points are reachable from outside the namespace, and each service only
 * from the gateway and the services that call it (read from their ConfigMaps' URLs).
 */
class NetworkPolicyTests {

	/**
	 * What the ingress controller may reach: the API (gateway), the SPA, the login
	 * (Keycloak) and presigned evidence downloads (MinIO checks each URL's signature).
	 */
	static final Set<String> ENTRY_POINTS = Set.of("gateway", "spa", "keycloak", "minio");

	static final String INGRESS_NAMESPACE = "ingress-nginx";

	static final String MONITORING_NAMESPACE = "monitoring";

	@EveryOverlay
	void aDefaultDenyPolicyClosesTheNamespace(String name) {
		assertThat(Overlay.rendered(name).all(NetworkPolicy.class))
			.anySatisfy((policy) -> assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty())
			.filteredOn((policy) -> policy.getSpec().getPodSelector().getMatchLabels() == null
					|| policy.getSpec().getPodSelector().getMatchLabels().isEmpty())
			.allSatisfy((policy) -> {
				assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
				assertThat(policy.getSpec().getIngress()).isEmpty();
			});
	}

	@EveryOverlay
	void everyServingWorkloadHasANetworkPolicyOfItsOwn(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> uncovered = new ArrayList<>();
		for (Overlay.Workload workload : overlay.workloads()) {
			boolean covered = ownPolicies(overlay).stream()
				.anyMatch((policy) -> Services.selects(policy.getSpec().getPodSelector().getMatchLabels(),
						workload.labels()));
			if (workload.serving() && !covered) {
				uncovered.add(workload.toString());
			}
		}

		assertThat(uncovered).as("serving workloads without a NetworkPolicy (Jobs: default deny)").isEmpty();
	}

	@EveryOverlay
	void onlyTheEntryPointsAreReachableFromOutsideAndMonitoringOnlyScrapes(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> problems = new ArrayList<>();
		for (NetworkPolicy policy : ownPolicies(overlay)) {
			String target = policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
			for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
				if (rule.getFrom().isEmpty()) {
					problems.add(target + ": a rule open to every source");
				}
				for (NetworkPolicyPeer peer : rule.getFrom()) {
					if (peer.getIpBlock() != null) {
						problems.add(target + ": an ipBlock source");
					}
					if (peer.getNamespaceSelector() == null) {
						continue;
					}
					String namespace = String
						.valueOf(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
					List<String> ports = rule.getPorts().stream().map((port) -> port.getPort().getStrVal()).toList();
					if (namespace.equals(INGRESS_NAMESPACE) && !ENTRY_POINTS.contains(target)) {
						problems.add(target + ": reachable from the ingress controller, but not an entry point");
					}
					else if (namespace.equals(MONITORING_NAMESPACE) && !ports.equals(List.of("management"))
							&& !target.equals("minio")) {
						problems.add(target + ": monitoring reaches more than the management port: " + ports);
					}
					else if (!namespace.equals(INGRESS_NAMESPACE) && !namespace.equals(MONITORING_NAMESPACE)) {
						problems.add(target + ": reachable from namespace " + namespace);
					}
				}
			}
		}

		assertThat(problems).isEmpty();
	}

	@EveryOverlay
	void eachServiceIsReachableOnlyFromTheGatewayAndTheServicesThatCallIt(String name) {
		Overlay overlay = Overlay.rendered(name);
		Map<String, Set<String>> callers = callers(overlay);
		Map<String, Set<String>> allowed = new TreeMap<>();
		for (String service : Services.JAVA) {
			NetworkPolicy policy = overlay.one(NetworkPolicy.class, service);
			Set<String> sources = new TreeSet<>();
			for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
				boolean mainPort = rule.getPorts()
					.stream()
					.anyMatch((port) -> "http".equals(port.getPort().getStrVal()));
				rule.getFrom()
					.stream()
					.filter((peer) -> mainPort && peer.getPodSelector() != null)
					.forEach((peer) -> sources
						.add(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")));
			}
			allowed.put(service, sources);
		}

		assertThat(allowed).isEqualTo(callers);
		assertThat(callers.get("gateway")).as("the gateway is reached through the ingress controller only").isEmpty();
		assertThat(callers.get("registry-service")).contains("gateway", "inspection-service");
	}

	@EveryOverlay
	void theIngressServesTheSpaAtTheRootAndTheApiThroughTheGatewayOverTls(String name) {
		Ingress ingress = Overlay.rendered(name).all(Ingress.class).get(0);
		IngressRule platform = ingress.getSpec().getRules().get(0);
		Map<String, String> backends = new TreeMap<>();
		platform.getHttp()
			.getPaths()
			.forEach((path) -> backends.put(path.getPath(), path.getBackend().getService().getName()));
		Set<String> tlsHosts = new TreeSet<>();
		ingress.getSpec().getTls().forEach((tls) -> tlsHosts.addAll(tls.getHosts()));

		assertThat(backends).containsExactlyEntriesOf(new TreeMap<>(Map.of("/", "spa", "/api", "gateway")));
		assertThat(ingress.getSpec().getTls()).allSatisfy((tls) -> assertThat(tls.getSecretName()).isNotBlank());
		assertThat(ingress.getSpec().getRules()).allSatisfy((rule) -> {
			assertThat(tlsHosts).contains(rule.getHost());
			rule.getHttp()
				.getPaths()
				.forEach((path) -> assertThat(ENTRY_POINTS).contains(path.getBackend().getService().getName()));
		});
	}

	/**
	 * Who calls whom: a service calls every Service named by a URL in its ConfigMap; the
	 * gateway calls all.
	 */
	static Map<String, Set<String>> callers(Overlay overlay) {
		Map<String, Set<String>> callers = new TreeMap<>();
		Services.JAVA.forEach((service) -> callers.put(service, new TreeSet<>()));
		for (String caller : Services.JAVA) {
			for (EnvFromSource source : Services.container(overlay, caller).getEnvFrom()) {
				ConfigMap config = overlay.one(ConfigMap.class, source.getConfigMapRef().getName());
				for (String value : config.getData().values()) {
					if (value.startsWith("http://")) {
						String host = URI.create(value).getHost();
						if (callers.containsKey(host)) {
							callers.get(host).add(caller);
						}
					}
				}
			}
		}
		return callers;
	}

	private static List<NetworkPolicy> ownPolicies(Overlay overlay) {
		return overlay.all(NetworkPolicy.class)
			.stream()
			.filter((policy) -> policy.getSpec().getPodSelector().getMatchLabels() != null
					&& !policy.getSpec().getPodSelector().getMatchLabels().isEmpty())
			.toList();
	}

}
