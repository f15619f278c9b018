package org.shuangsuiji.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The platform's own processes as the manifests must run them. */
final class Services {

	/** The Spring Boot processes, each with its module's application.yml. */
	static final List<String> JAVA = List.of("gateway", "registry-service", "inspection-service", "scoring-service",
			"evidence-service");

	/** What scales out on an HPA: every Java process and the SPA's file server. */
	static final List<String> STATELESS = List.of("gateway", "registry-service", "inspection-service",
			"scoring-service", "evidence-service", "spa");

	static final Map<String, Integer> MAIN_PORT = Map.of("gateway", 8080, "registry-service", 8081,
			"inspection-service", 8082, "scoring-service", 8083, "evidence-service", 8084);

	private Services() {
	}

	static Path applicationYml(String service) {
		return Overlay.ROOT.resolve(service).resolve("src/main/resources/application.yml");
	}

	static Deployment deployment(Overlay overlay, String service) {
		return overlay.one(Deployment.class, service);
	}

	static Container container(Overlay overlay, String service) {
		return deployment(overlay, service).getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.stream()
			.filter((container) -> container.getName().equals(service))
			.findFirst()
			.orElseThrow(() -> new AssertionError(service + ": no container named " + service));
	}

	static <T extends HasMetadata> Map<String, T> byName(List<T> objects, Function<T, String> key) {
		return objects.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
	}

	/**
	 * Whether matchLabels select a pod with these labels (an empty selector selects every
	 * pod).
	 */
	static boolean selects(Map<String, String> matchLabels, Map<String, String> labels) {
		return matchLabels == null || labels.entrySet().containsAll(matchLabels.entrySet());
	}

}
