/**
 * The reads and writes the services' MongoDB stores share ({@code MongoDocuments}). Not
 * under {@code platform.web}: the services' {@code persistence/} packages use it, and the
 * service shape (ADR 0005) keeps them apart from anything named {@code web}.
 */
package org.shuangsuiji.platform.mongo;
