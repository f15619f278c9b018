import { useState } from 'react';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/zh';
import type { DrawRecord } from './model';
import { verifyDraw, type Verification, type VerificationStep } from './verify';

/** Re-runs a published draw record in the visitor's browser and lists each step OK or MISMATCH. */
export function VerifierPanel({ record, autoRun = false }: { record: DrawRecord; autoRun?: boolean }) {
  const { t } = useI18n();
  const [result, setResult] = useState<Verification | undefined>(() => (autoRun ? verifyDraw(record) : undefined));
  const stepName = (s: VerificationStep) => t(`step${s.kind}` as MessageKey, { s: s.subject });
  return (
    <Card title={t('verifyInBrowser')} data-testid="verifier">
      <Typography.Paragraph>{t('verifyIntro')}</Typography.Paragraph>
      <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setResult(verifyDraw(record))} style={{ marginBottom: 16 }}>
        {t('verifyInBrowser')}
      </Button>
      {result && (
        <>
          <Alert
            data-testid="verifier-verdict"
            type={result.verified ? 'success' : 'error'}
            showIcon
            title={result.verified ? t('verified') : t('notVerified')}
            style={{ marginBottom: 12 }}
          />
          <Table<VerificationStep & { n: number }>
            aria-label={t('verifyInBrowser')}
            size="small"
            pagination={false}
            rowKey="n"
            dataSource={result.steps.map((s, n) => ({ ...s, n }))}
            columns={[
              { key: 'name', title: '#', render: (_, s) => stepName(s) },
              {
                key: 'ok',
                title: t('status'),
                render: (_, s) => (
                  <Tag color={s.ok ? 'green' : 'red'} data-testid={`step-${s.kind}${s.subject ? '-' + s.subject : ''}`}>
                    {s.ok ? t('stepOk') : t('stepMismatch')}
                  </Tag>
                ),
              },
              { key: 'expected', title: t('expected'), render: (_, s) => <code style={{ wordBreak: 'break-all' }}>{s.ok ? '' : s.expected}</code> },
              { key: 'actual', title: t('actual'), render: (_, s) => <code style={{ wordBreak: 'break-all' }}>{s.ok ? s.actual?.slice(0, 80) : s.actual}</code> },
            ]}
          />
        </>
      )}
    </Card>
  );
}
