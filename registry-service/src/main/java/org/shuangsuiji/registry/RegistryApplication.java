package org.shuangsuiji.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * registry-service: regions, agencies, appraisers, the inspector and expert pools and
 * declared conflicts of interest, with imports, exports and the public directory.
 */
@SpringBootApplication
public class RegistryApplication {

	public static void main(String[] args) {
		SpringApplication.run(RegistryApplication.class, args);
	}

}
