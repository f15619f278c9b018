/**
 * 司法鉴定机构: the profile a bureau records (the 新乡 checklist header, licence, CMA/CNAS
 * certificates, premises, equipment, liability cover), status with history, penalties
 * with rectification, party-building notes, the 统一社会信用代码 check and the computed flags.
 * Plain Java: no Spring, no persistence.
 */
package org.shuangsuiji.registry.agency;
