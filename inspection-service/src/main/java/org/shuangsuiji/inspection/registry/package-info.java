/**
 * registry-service as this service calls it. Nothing lives in this package itself: the
 * port is the draw's own ({@link org.shuangsuiji.inspection.draw.RegistryPoolReader}),
 * because what the registry lists is read straight into the draw's terms (pool agencies,
 * inspectors, experts, conflicts), and a port here would make draw and registry depend on
 * each other. {@code client/} holds the {@code @HttpExchange} interface, the Resilience4j
 * instance around it and the adapter that implements the port.
 */
package org.shuangsuiji.inspection.registry;
