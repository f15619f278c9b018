package org.shuangsuiji.platform.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.web.problem.BodyValidator;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A tiny service that exercises every error path of platform-web. */
@SpringBootApplication
class ProbeApplication {

	record Agency(@NotBlank String name, @Positive int appraisers) {
	}

	@RestController
	static class ProbeController {

		@GetMapping("/api/probe/me")
		Map<String, Object> me(Caller caller) {
			return Map.of("user", caller.userId(), "region", caller.region().value(), "roles",
					caller.roles().stream().map(Role::realmRole).sorted().toList());
		}

		@GetMapping("/api/probe/regions/{code}")
		Map<String, String> region(Caller caller, @PathVariable String code) {
			caller.requireCovers(RegionCode.of(code));
			return Map.of("region", code);
		}

		@PreAuthorize("hasRole('city')")
		@GetMapping("/api/probe/city-only")
		Map<String, String> cityOnly() {
			return Map.of("ok", "yes");
		}

		@PostMapping("/api/probe/agencies")
		Agency create(@Valid @RequestBody Agency agency) {
			return agency;
		}

		// The door first (city only), then the body through the BodyValidator argument.
		@PreAuthorize("hasRole('city')")
		@PostMapping("/api/probe/agencies-after-door")
		Agency createAfterDoor(@RequestBody Agency agency, BodyValidator bodies) {
			return bodies.valid(agency);
		}

		@PostMapping(path = "/api/probe/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
		Map<String, Long> upload(@RequestPart("file") MultipartFile file) {
			return Map.of("size", file.getSize());
		}

		// No consumes: Spring reaches the handler and fails reading the part.
		@PostMapping("/api/probe/notes-file")
		Map<String, Long> noteFile(@RequestPart("file") MultipartFile file) {
			return Map.of("size", file.getSize());
		}

		@PostMapping("/api/probe/notes")
		Map<String, String> note(@RequestParam(required = false) String text) {
			return Map.of("text", String.valueOf(text));
		}

		@GetMapping("/api/probe/fail/{kind}")
		void fail(@PathVariable String kind) {
			switch (kind) {
				case "missing" -> throw new NotFoundException("agency a9 does not exist");
				case "duplicate" -> throw new ConflictException("credit-code-taken", "credit code already registered");
				case "stale" -> throw new OptimisticLockingFailureException("version 3 is stale");
				case "rule" -> throw new RuleViolationException("team-unstaffed", "agency a1 cannot be staffed")
					.with("agency", "a1");
				case "input" -> throw new InvalidInputException("credit-code-invalid", "creditCode",
						"the check character should be X");
				default -> throw new IllegalStateException("a bug");
			}
		}

		@GetMapping("/api/public/probe")
		Map<String, String> open() {
			return Map.of("public", "yes");
		}

	}

}
