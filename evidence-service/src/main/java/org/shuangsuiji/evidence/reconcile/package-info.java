/**
 * Reconciliation of the object store with the records: objects without a record (an
 * upload whose record could not be saved) and records without an object (lost or deleted
 * behind the service's back). Plain Java, no Spring; the schedule and the endpoint are in
 * {@code web}.
 */
package org.shuangsuiji.evidence.reconcile;
