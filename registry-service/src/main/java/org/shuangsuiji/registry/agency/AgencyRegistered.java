package org.shuangsuiji.registry.agency;

/**
 * A bureau registered a new agency through the API.
 *
 * @param agencyId the new agency
 */
public record AgencyRegistered(String agencyId) {
}
