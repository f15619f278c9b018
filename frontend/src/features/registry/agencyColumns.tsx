import type { Column } from '../../components/DataTable';
import { useI18n, useLabel } from '../../i18n';
import { categoryLabel } from '../../lib/labels';

/** What the registry's and the public directory's agency rows share. */
interface AgencyRow {
  name?: string;
  creditCode?: string;
  regionName?: string;
  regionCode?: string;
  categories?: string[];
  status?: string;
}

/** The columns every agency table starts with: name, credit code, region, categories, status. */
export function useAgencyColumns<T extends AgencyRow>(): Column<T>[] {
  const { t, lang } = useI18n();
  const label = useLabel();
  return [
    { key: 'name', title: t('name'), value: (a) => a.name },
    { key: 'creditCode', title: t('creditCode'), value: (a) => a.creditCode },
    { key: 'region', title: t('regionName'), value: (a) => a.regionName ?? a.regionCode, filter: true },
    { key: 'categories', title: t('categories'), value: (a) => (a.categories ?? []).map((c) => categoryLabel(c, lang)).join('、') },
    { key: 'status', title: t('status'), value: (a) => label('agencyStatus', a.status), filter: true },
  ];
}
