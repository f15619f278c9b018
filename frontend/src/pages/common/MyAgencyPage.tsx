import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { AgencyDetail } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';
import { categoryLabel, flagLabel } from '../../lib/labels';

/** An agency account: its own profile and flags (registry-service lets it read only its own agency). */
export default function MyAgencyPage() {
  const { t, lang } = useI18n();
  const label = useLabel();
  const { session } = useAuth();
  const id = session?.agencyId ?? '';
  const agency = useApi((signal) => api<AgencyDetail>(`/api/registry/agencies/${encodeURIComponent(id)}`, { signal }), [id]);
  const a = agency.data;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('myAgency')}</Typography.Title>
      <ProblemAlert error={agency.error} onRetry={agency.reload} />
      {a && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Card title={a.name}>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
              <Descriptions.Item label={t('creditCode')}>{a.creditCode}</Descriptions.Item>
              <Descriptions.Item label={t('status')}>{label('agencyStatus', a.status)}</Descriptions.Item>
              <Descriptions.Item label={t('regionCode')}>{a.regionCode}</Descriptions.Item>
              <Descriptions.Item label={t('address')}>{a.address}</Descriptions.Item>
              <Descriptions.Item label={t('legalRepresentative')}>{a.legalRepresentative}</Descriptions.Item>
              <Descriptions.Item label={t('licence')}>{a.licence?.number}</Descriptions.Item>
              <Descriptions.Item label={t('categories')} span={2}>
                {(a.categories ?? []).map((c) => categoryLabel(c, lang)).join('、')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('flags')}>
            {(a.flags ?? []).length === 0
              ? t('noFlags')
              : (a.flags ?? []).map((f) => (
                  <Tag key={`${f.kind}:${f.detail}`} color="orange" style={{ marginBottom: 4 }}>
                    {flagLabel(f.kind, lang)}：{f.detail}
                  </Tag>
                ))}
          </Card>
        </Space>
      )}
    </>
  );
}
