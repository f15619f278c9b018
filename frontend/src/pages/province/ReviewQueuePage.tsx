import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Typography } from 'antd';
import { useApi } from '../../api/useApi';
import type { ReviewCase } from '../../api/types';
import { LoadedTable } from '../../components/LoadedTable';
import { useI18n } from '../../i18n';
import { resultsApi } from '../../features/results/api';
import { ReviewDialog } from '../../features/results/ReviewDialog';

/** 复核研判: the conclusions the cities sent to the province, each confirmed or amended here. */
export default function ReviewQueuePage() {
  const { t } = useI18n();
  const reviews = useApi((signal) => resultsApi.reviews('PENDING', signal), []);
  const [deciding, setDeciding] = useState<ReviewCase>();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('menuReviews')}</Typography.Title>
      <LoadedTable<ReviewCase>
        label={t('menuReviews')}
        exportName="reviews"
        loaded={reviews}
        rowKey={(x) => x.taskId ?? ''}
        columns={[
          {
            key: 'agency',
            title: t('agency'),
            value: (x) => x.agencyName ?? x.agencyId,
            render: (x) => <Link to={`/inspections/${encodeURIComponent(x.taskId ?? '')}`}>{x.agencyName ?? x.agencyId}</Link>,
          },
          { key: 'region', title: t('regionCode'), value: (x) => x.agencyRegion, filter: true },
          { key: 'plan', title: t('plan'), value: (x) => x.planId, filter: true },
          { key: 'outcome', title: t('outcome'), value: (x) => x.proposal?.outcome?.label ?? x.proposal?.outcome?.code, filter: true },
          { key: 'actions', title: t('recommendedActions'), value: (x) => (x.proposal?.actions ?? []).map((a) => a.label ?? a.code).join('、') },
          { key: 'submitted', title: t('submittedAt'), value: (x) => x.proposal?.at?.replace('T', ' ').slice(0, 16) },
          { key: 'decide', title: t('actions'), value: () => '', render: (x) => <Button type="primary" onClick={() => setDeciding(x)}>{t('decide')}</Button> },
        ]}
      />
      <ReviewDialog review={deciding} onClose={() => setDeciding(undefined)} onDecided={() => { setDeciding(undefined); reviews.reload(); }} />
    </>
  );
}
