/**
 * How the registry is put together: the use cases wired to their adapters, properties,
 * request-parameter conversion, the start-up runners (indexes, then flags) and the
 * nightly flag refresh.
 */
package org.shuangsuiji.registry.config;
