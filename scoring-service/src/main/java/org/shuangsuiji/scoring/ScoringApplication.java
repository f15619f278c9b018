package org.shuangsuiji.scoring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * scoring-service: versioned templates, the scoring engine, score sheets and dashboards.
 */
@SpringBootApplication
public class ScoringApplication {

	public static void main(String[] args) {
		SpringApplication.run(ScoringApplication.class, args);
	}

}
