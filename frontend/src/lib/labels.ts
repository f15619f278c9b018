// Labels of codes the services send (platform-core BusinessCategory, registry FlagKind), in both languages.
import type { Lang } from '../i18n';

const categories: Record<string, [string, string]> = {
  FORENSIC_PATHOLOGY: ['法医病理', 'Forensic pathology'],
  FORENSIC_CLINICAL: ['法医临床', 'Forensic clinical medicine'],
  FORENSIC_PSYCHIATRY: ['法医精神病', 'Forensic psychiatry'],
  FORENSIC_BIOLOGY: ['法医物证', 'Forensic biology (DNA)'],
  FORENSIC_TOXICOLOGY: ['法医毒物', 'Forensic toxicology'],
  DOCUMENT: ['文书', 'Questioned documents'],
  TRACE: ['痕迹', 'Trace evidence'],
  MICRO_TRACE: ['微量物证', 'Micro-trace evidence'],
  AUDIO_VISUAL: ['声像资料', 'Audio-visual and electronic data'],
  ENVIRONMENTAL_DAMAGE: ['环境损害', 'Environmental damage'],
};

const flags: Record<string, [string, string]> = {
  LICENCE_EXPIRED: ['许可证已过期', 'Licence expired'],
  LICENCE_EXPIRING: ['许可证即将到期', 'Licence expiring'],
  CERTIFICATE_EXPIRED: ['资质认定证书已过期', 'Certificate expired'],
  CERTIFICATE_EXPIRING: ['资质认定证书即将到期', 'Certificate expiring'],
  ACCREDITATION_MISSING: ['缺少资质认定', 'Accreditation missing'],
  CATEGORY_UNDERSTAFFED: ['业务类别鉴定人不足', 'Category understaffed'],
  FEW_APPRAISERS: ['鉴定人数量不足', 'Too few appraisers'],
  PREMISES_TOO_SMALL: ['执业场所面积不足', 'Premises too small'],
  TRAINING_HOURS_SHORT: ['继续教育学时不足', 'Training hours short'],
  CALIBRATION_OVERDUE: ['仪器设备逾期未校准', 'Calibration overdue'],
  LIABILITY_COVER_MISSING: ['未登记执业风险保障', 'Liability cover missing'],
};

const conflictKinds: Record<string, [string, string]> = {
  FORMER_EMPLOYER: ['曾在该机构任职', 'Former employer'],
  RELATIVE: ['近亲属在该机构', 'Relative at the agency'],
  SAME_AGENCY: ['本机构人员', 'Same agency'],
  OTHER: ['其他', 'Other'],
};

const pick = (table: Record<string, [string, string]>, code: string | undefined, lang: Lang) =>
  code ? (table[code]?.[lang === 'zh' ? 0 : 1] ?? code) : '';

export const categoryLabel = (code: string | undefined, lang: Lang) => pick(categories, code, lang);
export const flagLabel = (code: string | undefined, lang: Lang) => pick(flags, code, lang);
export const conflictKindLabel = (code: string | undefined, lang: Lang) => pick(conflictKinds, code, lang);
export const categoryCodes = Object.keys(categories);
