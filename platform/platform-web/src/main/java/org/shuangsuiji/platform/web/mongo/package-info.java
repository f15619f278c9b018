/**
 * How every service's MongoDB client behaves when the database goes away and comes back.
 */
package org.shuangsuiji.platform.web.mongo;
