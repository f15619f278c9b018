import { useState } from 'react';
import { Link } from 'react-router';
import { Input, Space, Typography } from 'antd';
import { useApi } from '../../api/useApi';
import type { PublishedResult } from '../../api/types';
import { LoadedTable } from '../../components/LoadedTable';
import { useI18n } from '../../i18n';
import { resultsApi } from '../../features/results/api';

/** 抽查结果公示: each published result with its authority, type, date and result, and the draw behind it. */
export default function PublicResultsPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<{ plan?: string; region?: string }>({});
  const results = useApi((signal) => resultsApi.published(filter, signal), [filter.plan, filter.region]);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('menuPublicResults')}</Typography.Title>
      <LoadedTable<PublishedResult>
        label={t('menuPublicResults')}
        exportName="results"
        loaded={results}
        rowKey={(x) => x.taskId ?? ''}
        toolbar={
          <Space wrap>
            <Input.Search allowClear placeholder={t('plan')} aria-label={t('plan')} onSearch={(v) => setFilter((f) => ({ ...f, plan: v || undefined }))} style={{ width: 200 }} />
            <Input.Search allowClear placeholder={t('regionCode')} aria-label={t('regionCode')} onSearch={(v) => setFilter((f) => ({ ...f, region: v || undefined }))} style={{ width: 160 }} />
          </Space>
        }
        columns={[
          { key: 'agency', title: t('agency'), value: (x) => x.agencyName },
          { key: 'authority', title: t('authority'), value: (x) => x.organiser, filter: true },
          { key: 'type', title: t('inspectionType'), value: (x) => x.inspectionType, filter: true },
          { key: 'date', title: t('inspectionDate'), value: (x) => x.inspectionDate },
          { key: 'result', title: t('inspectionResult'), value: (x) => x.result, filter: true },
          { key: 'plan', title: t('plan'), value: (x) => x.planTitle ?? x.planId, filter: true },
          {
            key: 'draw',
            title: t('drawRecord'),
            value: (x) => x.planId,
            render: (x) => <Link to={`/public/plans/${encodeURIComponent(x.planId ?? '')}/draw`}>{t('drawRecord')}</Link>,
          },
        ]}
      />
    </>
  );
}
