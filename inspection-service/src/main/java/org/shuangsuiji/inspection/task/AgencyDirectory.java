package org.shuangsuiji.inspection.task;

/**
 * The registry as the fact sheet reads it (port; registry-service's client implements
 * it). A registry that fails is a 503, never a guess.
 */
public interface AgencyDirectory {

	RegisteredAgency agency(String agencyId);

}
