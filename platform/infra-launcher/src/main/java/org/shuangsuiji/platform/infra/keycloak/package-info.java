/**
 * Starts the real Keycloak server (the {@code keycloak-quarkus-dist} zip from Maven
 * Central) with the project's realm file, for tests and the local run. Plain Java, no
 * Spring: see docs/adr/0010-keycloak-from-maven-central.md.
 */
package org.shuangsuiji.platform.infra.keycloak;
