/**
 * The {@code appraisers} collection.
 */
package org.shuangsuiji.registry.appraiser.persistence;
