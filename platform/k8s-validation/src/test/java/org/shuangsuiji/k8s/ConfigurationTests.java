package org.shuangsuiji.k8s;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' configuration: ConfigMaps hold exactly keys that the service's
 * application.yml reads (parsed from it, so this follows the code), every key production
 * must set is set, and secrets come by reference only.
 */
class ConfigurationTests {

	/** Names that hold credentials: never a literal value, never a ConfigMap key. */
	static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|ACCESS_KEY|CREDENTIAL|PRIVATE|_TOKEN$).*");

	/** A URI with a user and password in it. */
	static final Pattern CREDENTIALS_IN_URI = Pattern.compile("[a-z][a-z0-9+.-]*://[^/@\\s:]+:[^/@\\s]+@.*");

	@EveryOverlay
	void everyConfigMapKeyAndVariableIsOneTheServiceReads(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> unread = new ArrayList<>();
		for (String service : Services.JAVA) {
			Placeholders reads = Placeholders.of(Services.applicationYml(service));
			for (String key : configured(overlay, service)) {
				if (!reads.reads(key)) {
					unread.add(service + ": " + key);
				}
			}
		}

		assertThat(unread).as("keys set for a service that its application.yml does not read").isEmpty();
	}

	@EveryOverlay
	void everyKeyTheServiceNeedsInProductionIsSet(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> missing = new ArrayList<>();
		for (String service : Services.JAVA) {
			Set<String> configured = configured(overlay, service);
			Placeholders.of(Services.applicationYml(service)).requiredInProduction().forEach((key, fallback) -> {
				if (!configured.contains(key)) {
					missing.add(service + ": " + key
							+ fallback.map((value) -> " (default " + value + ")").orElse(" (no default)"));
				}
			});
		}

		assertThat(missing).as("keys without a default, or whose default is the local run's").isEmpty();
	}

	@EveryOverlay
	void secretsComeByReferenceOnly(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> problems = new ArrayList<>();
		overlay.all(Secret.class)
			.forEach((secret) -> problems.add("Secret " + secret.getMetadata().getName() + " in the repository"));
		for (ConfigMap config : overlay.all(ConfigMap.class)) {
			config.getData().forEach((key, value) -> {
				if (SECRET_NAME.matcher(key).matches()) {
					problems.add("ConfigMap " + config.getMetadata().getName() + ": key " + key);
				}
				if (CREDENTIALS_IN_URI.matcher(value).matches()) {
					problems.add("ConfigMap " + config.getMetadata().getName() + ": credentials in " + key);
				}
			});
		}
		for (Overlay.Workload workload : overlay.workloads()) {
			for (Container container : ApiSchemaTests.containers(workload)) {
				for (EnvVar variable : container.getEnv()) {
					boolean literal = variable.getValue() != null;
					if (literal && (SECRET_NAME.matcher(variable.getName()).matches()
							|| CREDENTIALS_IN_URI.matcher(variable.getValue()).matches())) {
						problems.add(workload + " " + container.getName() + ": literal " + variable.getName());
					}
					if (variable.getName().equals("MONGODB_URI") && (literal || variable.getValueFrom() == null
							|| variable.getValueFrom().getSecretKeyRef() == null)) {
						problems.add(workload + ": MONGODB_URI (it carries a password) not from a Secret");
					}
				}
			}
		}

		assertThat(problems).isEmpty();
	}

	@EveryOverlay
	void everySecretReferredToIsDocumentedForTheOperatorToCreate(String name) throws IOException {
		Overlay overlay = Overlay.rendered(name);
		String readme = Files.readString(Overlay.ROOT.resolve("k8s/README.md"));
		Set<String> secrets = new TreeSet<>();
		for (Overlay.Workload workload : overlay.workloads()) {
			for (Container container : ApiSchemaTests.containers(workload)) {
				container.getEnv()
					.stream()
					.filter((variable) -> variable.getValueFrom() != null
							&& variable.getValueFrom().getSecretKeyRef() != null)
					.forEach((variable) -> secrets.add(variable.getValueFrom().getSecretKeyRef().getName() + " "
							+ variable.getValueFrom().getSecretKeyRef().getKey()));
			}
			for (Volume volume : workload.template().getSpec().getVolumes()) {
				if (volume.getSecret() != null) {
					secrets.add(volume.getSecret().getSecretName() + " keyfile");
				}
			}
		}
		overlay.all(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class)
			.forEach((ingress) -> ingress.getSpec()
				.getTls()
				.forEach((tls) -> secrets.add(tls.getSecretName() + " tls.crt")));

		assertThat(secrets).isNotEmpty()
			.allSatisfy((secret) -> assertThat(readme).as("k8s/README.md names Secret and key: " + secret)
				.contains("`" + secret.split(" ")[0] + "`")
				.contains("`" + secret.split(" ")[1] + "`"));
	}

	@EveryOverlay
	void everyInClusterUrlNamesAServiceAndItsPort(String name) {
		Overlay overlay = Overlay.rendered(name);
		List<String> problems = new ArrayList<>();
		for (ConfigMap config : overlay.all(ConfigMap.class)) {
			config.getData().forEach((key, value) -> {
				if (!value.startsWith("http://")) {
					return;
				}
				URI uri = URI.create(value);
				Service service = overlay.all(Service.class)
					.stream()
					.filter((candidate) -> candidate.getMetadata().getName().equals(uri.getHost()))
					.findFirst()
					.orElse(null);
				if (service == null) {
					problems.add(key + ": no Service " + uri.getHost());
				}
				else if (service.getSpec().getPorts().stream().noneMatch((port) -> port.getPort() == uri.getPort())) {
					problems.add(key + ": Service " + uri.getHost() + " has no port " + uri.getPort());
				}
			});
		}
		for (Overlay.Workload workload : overlay.workloads()) {
			for (Container container : ApiSchemaTests.containers(workload)) {
				for (EnvFromSource source : container.getEnvFrom()) {
					overlay.one(ConfigMap.class, source.getConfigMapRef().getName());
				}
			}
		}

		assertThat(problems).isEmpty();
	}

	/**
	 * The keys a service's container is given: its ConfigMaps' keys and its own
	 * variables.
	 */
	static Set<String> configured(Overlay overlay, String service) {
		Container container = Services.container(overlay, service);
		Set<String> keys = new TreeSet<>();
		for (EnvFromSource source : container.getEnvFrom()) {
			keys.addAll(overlay.one(ConfigMap.class, source.getConfigMapRef().getName()).getData().keySet());
		}
		container.getEnv().forEach((variable) -> keys.add(variable.getName()));
		return keys;
	}

}
