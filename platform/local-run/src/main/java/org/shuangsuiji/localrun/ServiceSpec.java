package org.shuangsuiji.localrun;

import java.nio.file.Path;

/**
 * A service module of the platform as the local run starts it: its folder (= artifactId =
 * k8s Service name = gateway route id), its port and its management port (metrics, info).
 */
record ServiceSpec(String name, int port, int managementPort) {

	/** The Spring Boot jar the build leaves in the module's {@code target/}. */
	Path jar(Path root, String version) {
		return root.resolve(this.name).resolve("target").resolve(this.name + "-" + version + ".jar");
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

}
