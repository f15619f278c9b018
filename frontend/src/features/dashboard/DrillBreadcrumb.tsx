// The drill-down's breadcrumbs: province dashboard → city (or county) → agency, only the levels inside the
// caller's own region (a city user starts at the city).
import { Link } from 'react-router';
import { Breadcrumb } from 'antd';
import { useApi } from '../../api/useApi';
import { api } from '../../api/client';
import type { Region } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useI18n } from '../../i18n';

export const regionResultsPath = (region: string) => `/agency-results?region=${encodeURIComponent(region)}`;
export const agencyResultsPath = (region: string, creditCode: string) =>
  `/agency-results/${encodeURIComponent(creditCode)}?region=${encodeURIComponent(region)}`;

/** The code's significant digits: 2 for a province (410000), 4 for a city (411000), 6 for a county. */
export const regionPrefix = (code: string) => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);

export function DrillBreadcrumb({ region, agency }: { region: string; agency?: string }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const own = session?.region ?? '';
  const chain = useApi(async (signal) => {
    const [self, ancestors] = await Promise.all([
      api<Region>(`/api/public/registry/regions/${encodeURIComponent(region)}`, { signal, anonymous: true }),
      api<Region[]>(`/api/public/registry/regions/${encodeURIComponent(region)}/ancestors`, { signal, anonymous: true }),
    ]);
    return [...(ancestors ?? []), self]
      .filter((r) => (r.code ?? '').startsWith(regionPrefix(own)))
      .sort((a, b) => regionPrefix(a.code ?? '').length - regionPrefix(b.code ?? '').length);
  }, [region, own]);
  const levels = chain.data ?? [{ code: region, name: region } as Region];
  const items = [
    ...(session?.roles.includes('province') ? [{ key: 'dash', title: <Link to="/province/dashboard">{t('dashboard')}</Link> }] : []),
    ...levels
      .filter((r) => !(session?.roles.includes('province') && r.code === own))
      .map((r) => ({ key: r.code ?? '', title: agency || r.code !== region ? <Link to={regionResultsPath(r.code ?? '')}>{r.name ?? r.code}</Link> : r.name ?? r.code })),
    ...(agency ? [{ key: 'agency', title: agency }] : []),
  ];
  return <Breadcrumb items={items} aria-label={t('drillPath')} />;
}
