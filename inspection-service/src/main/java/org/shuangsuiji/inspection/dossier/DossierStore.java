package org.shuangsuiji.inspection.dossier;

import java.util.Optional;

/**
 * Where dossiers are kept, one per task; every save checks the version (409 otherwise).
 */
public interface DossierStore {

	Optional<Dossier> find(String taskId);

	Dossier save(Dossier dossier);

}
