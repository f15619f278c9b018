package org.shuangsuiji.evidence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EvidenceServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(EvidenceServiceApplication.class, args);
	}

}
