/**
 * The client of registry-service: its pools of agencies, inspectors and experts and the
 * declared conflicts, read through a declarative {@code @HttpExchange} interface (its
 * requests behind the Resilience4j instances {@code registry}, set up for the HTTP
 * service group in {@code config/}), and turned into the draw's pool
 * ({@code HttpRegistryPoolReader}). The records of {@code RegistryClient} are this
 * service's own reading of the registry's contract ({@code RegistryContractTests} keeps
 * them honest).
 */
package org.shuangsuiji.inspection.registry.client;
