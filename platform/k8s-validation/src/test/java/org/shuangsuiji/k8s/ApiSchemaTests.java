package org.shuangsuiji.k8s;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rendered object against the Kubernetes API model: fabric8's classes are generated
 * from the API's OpenAPI schema, so an object that binds to its class with no field left
 * over has only fields the API knows, each at its place and of its type. Required fields
 * are checked by the rule tests beside this one, for what this platform uses.
 */
class ApiSchemaTests {

	@EveryOverlay
	void everyObjectIsAKindTheApiKnows(String name) {
		Overlay overlay = Overlay.rendered(name);

		assertThat(overlay.objects()).isNotEmpty()
			.filteredOn(GenericKubernetesResource.class::isInstance)
			.as("objects of no known apiVersion/kind")
			.isEmpty();
	}

	@EveryOverlay
	void everyFieldIsOneTheApiKnowsAtItsPlace(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> unknown = new ArrayList<>();
		for (HasMetadata object : overlay.objects()) {
			collectUnknownFields(object, object.getKind() + " " + object.getMetadata().getName(), unknown);
		}

		assertThat(unknown).as("fields the Kubernetes API does not have").isEmpty();
	}

	@EveryOverlay
	void everyQuantityAndNameIsWellFormed(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> problems = new ArrayList<>();
		for (JsonNode document : overlay.documents()) {
			String objectName = document.path("metadata").path("name").asString("");
			if (!objectName.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?") || objectName.length() > 63) {
				problems.add(document.path("kind").asString() + " '" + objectName + "': not a DNS-1123 label");
			}
		}
		for (Overlay.Workload workload : overlay.workloads()) {
			for (Container container : containers(workload)) {
				if (container.getName() == null || container.getImage() == null) {
					problems.add(workload + ": a container without name or image");
				}
				if (container.getResources() != null) {
					quantities(container.getResources().getRequests(), workload + " requests", problems);
					quantities(container.getResources().getLimits(), workload + " limits", problems);
				}
			}
		}

		assertThat(problems).isEmpty();
	}

	@Test
	void aMisspelledOrMisplacedFieldAndAnUnknownKindAreCaught() {
		HasMetadata deployment = Overlay.typed(new YAMLMapper().readTree("""
				apiVersion: apps/v1
				kind: Deployment
				metadata: { name: x }
				spec:
				  replicas: 2
				  template:
				    spec:
				      containers:
				        - name: x
				          image: x
				          livenesProbe: { httpGet: { path: /livez, port: 8080 } }
				          resources: { limits: { memory: 1Gi } }
				      readOnlyRootFilesystem: true
				"""));
		HasMetadata unknownKind = Overlay.typed(new YAMLMapper().readTree("""
				apiVersion: apps/v1
				kind: Deploymnet
				metadata: { name: x }
				"""));
		List<String> unknown = new ArrayList<>();
		collectUnknownFields(deployment, "Deployment x", unknown);

		assertThat(unknown).containsExactlyInAnyOrder("Deployment x.spec.template.spec.containers[0]: [livenesProbe]",
				"Deployment x.spec.template.spec: [readOnlyRootFilesystem]");
		assertThat(unknownKind).isInstanceOf(GenericKubernetesResource.class);
	}

	static List<Container> containers(Overlay.Workload workload) {
		List<Container> all = new ArrayList<>(workload.template().getSpec().getContainers());
		all.addAll(workload.template().getSpec().getInitContainers());
		return all;
	}

	private static void quantities(Map<String, Quantity> values, String where, List<String> problems) {
		if (values == null) {
			return;
		}
		values.forEach((resource, quantity) -> {
			try {
				Quantity.getAmountInBytes(quantity);
			}
			catch (IllegalArgumentException | ArithmeticException ex) {
				problems.add(where + " " + resource + ": '" + quantity + "' is not a quantity");
			}
		});
	}

	/**
	 * Walks the model's getters; a field the model has no property for lands in
	 * additionalProperties.
	 */
	private static void collectUnknownFields(Object value, String path, List<String> unknown) {
		if (value == null || value instanceof IntOrString || value instanceof Quantity) {
			return;
		}
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collectUnknownFields(list.get(i), path + "[" + i + "]", unknown);
			}
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> collectUnknownFields(item, path + "." + key, unknown));
			return;
		}
		if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
				continue;
			}
			Object property = invoke(getter, value);
			if (getter.getName().equals("getAdditionalProperties")) {
				if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
					unknown.add(path + ": " + extra.keySet());
				}
			}
			else {
				collectUnknownFields(property, path + "." + decapitalize(getter.getName().substring(3)), unknown);
			}
		}
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(getter + " on " + target.getClass(), ex);
		}
	}

	private static String decapitalize(String name) {
		return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
