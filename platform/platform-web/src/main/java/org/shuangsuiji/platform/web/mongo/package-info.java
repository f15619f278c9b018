/**
 * How every service's MongoDB client behaves when the database goes away and comes back,
 * and the reads and writes its stores share ({@code MongoDocuments}).
 */
package org.shuangsuiji.platform.web.mongo;
