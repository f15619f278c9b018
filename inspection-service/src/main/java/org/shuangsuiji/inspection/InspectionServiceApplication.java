package org.shuangsuiji.inspection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** inspection-service: plans, the verifiable double-random draw and inspection tasks. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(InspectionServiceApplication.class, args);
	}

}
