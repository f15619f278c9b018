/**
 * Dossier sampling (抽查鉴定档案): the inspected agency's registers (委托登记表, 鉴定材料登记表, 意见书发放表)
 * imported for a task and checked whole; at least 20 case files drawn from the plan's
 * window start to the inspection day, weighted towards the agency's core categories and
 * difficult or unusual cases, reproducible like the main draw (the inputs committed
 * before the seed, ADR 0403); a traceability review of each drawn file whose defects
 * become findings. Use case {@code DossierService}; ports {@code DossierStore} and
 * {@code RegisterReader} (reading .xlsx and CSV). Plain Java.
 */
package org.shuangsuiji.inspection.dossier;
