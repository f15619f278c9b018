/**
 * The client of registry-service: its pools of agencies, inspectors and experts and the
 * declared conflicts, read through a declarative {@code @HttpExchange} interface with
 * retries and a circuit breaker, and turned into the draw's pool snapshot. The records
 * here are this service's own reading of the registry's contract
 * ({@code RegistryContractTests} keeps them honest).
 */
package org.shuangsuiji.inspection.registry;
