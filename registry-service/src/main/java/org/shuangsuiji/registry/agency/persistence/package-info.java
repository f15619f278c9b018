/**
 * The {@code agencies} collection: documents, mapping and queries.
 */
package org.shuangsuiji.registry.agency.persistence;
