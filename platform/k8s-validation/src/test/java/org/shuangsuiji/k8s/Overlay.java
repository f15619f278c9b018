package org.shuangsuiji.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One overlay of k8s/overlays rendered by {@code kubectl kustomize}: the raw documents
 * and the typed objects. Rendered once per test run.
 */
record Overlay(String name, List<JsonNode> documents, List<HasMetadata> objects) {

	static final Path ROOT = findRoot();

	private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	static Stream<String> names() {
		try (Stream<Path> dirs = Files.list(ROOT.resolve("k8s/overlays"))) {
			return dirs.filter((dir) -> Files.exists(dir.resolve("kustomization.yaml")))
				.map((dir) -> dir.getFileName().toString())
				.sorted()
				.toList()
				.stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Overlay rendered(String name) {
		assumeTrue(kubectl().isPresent(), "kubectl is not on the PATH (apt-get install kubectl, see .ci/run): "
				+ "the overlays cannot be rendered, so k8s/ is not validated in this run");
		return RENDERED.computeIfAbsent(name, Overlay::render);
	}

	private static Overlay render(String name) {
		String yaml = run(kubectl().orElseThrow().toString(), "kustomize",
				ROOT.resolve("k8s/overlays").resolve(name).toString());
		List<JsonNode> documents = new ArrayList<>();
		try (var parser = new YAMLMapper().createParser(yaml)) {
			new YAMLMapper().readValues(parser, JsonNode.class).forEachRemaining((doc) -> {
				if (doc != null && !doc.isNull() && !doc.isEmpty()) {
					documents.add(doc);
				}
			});
		}
		List<HasMetadata> objects = documents.stream().map(Overlay::typed).toList();
		return new Overlay(name, List.copyOf(documents), objects);
	}

	/** The object as the API's model class for its apiVersion and kind. */
	static HasMetadata typed(JsonNode document) {
		KubernetesResource resource = JSON.treeToValue(document, KubernetesResource.class);
		return (HasMetadata) resource;
	}

	private static String run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] out = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(
						String.join(" ", command) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
			}
			return new String(out, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<Path> kubectl() {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
			.map((dir) -> Path.of(dir, "kubectl"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static Path findRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("k8s/overlays"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("no k8s/overlays above " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

	<T extends HasMetadata> List<T> all(Class<T> type) {
		return this.objects.stream().filter(type::isInstance).map(type::cast).toList();
	}

	<T extends HasMetadata> T one(Class<T> type, String name) {
		return all(type).stream()
			.filter((object) -> object.getMetadata().getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(this.name + ": no " + type.getSimpleName() + " " + name));
	}

	/** Every pod template: Deployments, StatefulSets and Jobs. */
	List<Workload> workloads() {
		List<Workload> workloads = new ArrayList<>();
		all(Deployment.class).forEach((d) -> workloads.add(new Workload("Deployment", d.getMetadata().getName(),
				d.getSpec().getTemplate(), true, d.getSpec().getReplicas())));
		all(StatefulSet.class).forEach((s) -> workloads.add(new Workload("StatefulSet", s.getMetadata().getName(),
				s.getSpec().getTemplate(), true, s.getSpec().getReplicas())));
		all(Job.class).forEach((j) -> workloads
			.add(new Workload("Job", j.getMetadata().getName(), j.getSpec().getTemplate(), false, 1)));
		return workloads;
	}

	/**
	 * A pod template and whether its pods serve (and so need probes and a NetworkPolicy).
	 */
	record Workload(String kind, String name, PodTemplateSpec template, boolean serving, int replicas) {

		Map<String, String> labels() {
			return this.template.getMetadata().getLabels();
		}

		@Override
		public String toString() {
			return this.kind + " " + this.name;
		}

	}

}
