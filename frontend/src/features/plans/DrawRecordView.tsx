import { Card, Descriptions, Space, Table, Tag } from 'antd';
import { useI18n, useLabel } from '../../i18n';
import type { DrawView } from '../../api/types';

// /2 records name members by ref (ADR 0405); the organiser's copy adds personId and name.
type Member = { kind?: string; personId?: string; ref?: string; name?: string };

function Team({ team }: { team?: Member[] }) {
  const { t } = useI18n();
  return (
    <Space wrap size={4}>
      {(team ?? []).map((m) => (
        <Tag key={`${m.kind}:${m.ref ?? m.personId}`} color={m.kind === 'EXPERT' ? 'purple' : 'blue'}>
          {m.kind === 'EXPERT' ? t('expert') : t('inspector')}：{m.name ?? m.ref ?? m.personId}
        </Tag>
      ))}
    </Space>
  );
}

/**
 * The draw record as published: commitment, seed (and the /2 secret), result, replacements, current teams.
 * `reasons` (replacement seq → reason) comes from the organiser's identities view; the public record has none.
 */
export function DrawRecordView({ record, reasons }: { record: DrawView; reasons?: Record<number, string> }) {
  const { t } = useI18n();
  const label = useLabel();
  const agencies = record.current?.agencies ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('drawRecord')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('commitment')}>
            <code data-testid="commitment" style={{ wordBreak: 'break-all' }}>{record.commitment}</code>
          </Descriptions.Item>
          <Descriptions.Item label={t('committedAt')}>{record.committedAt?.replace('T', ' ').slice(0, 19)} {record.committedBy}</Descriptions.Item>
          <Descriptions.Item label={t('seed')}>
            <code data-testid="seed">{record.seed?.value ?? '—'}</code>
          </Descriptions.Item>
          <Descriptions.Item label={t('seedNote')}>{[record.seed?.source, record.seed?.note].filter(Boolean).join(' · ')}</Descriptions.Item>
          {record.algorithm === 'shuangsuiji-draw/2' && (
            <Descriptions.Item label={t('drawSecret')}>
              <code data-testid="draw-secret" style={{ wordBreak: 'break-all' }}>{record.secret ?? '—'}</code>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('drawnAt')}>{record.drawnAt?.replace('T', ' ').slice(0, 19)} {record.drawnBy}</Descriptions.Item>
          <Descriptions.Item label={`${t('poolSize')} / ${t('sampleSize')}`}>
            {record.result ? `${record.result.poolSize} / ${record.result.sampleSize}${record.result.floorApplied ? ` (${t('floorApplied')})` : ''}` : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {!record.result && <Card>{t('noDrawYet')}</Card>}
      {record.result && (
        <Card title={t('currentTeams')}>
          <Table
            aria-label={t('currentTeams')}
            size="small"
            rowKey={(r) => r.agencyId ?? ''}
            dataSource={agencies}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { key: 'i', title: '#', render: (_, __, i) => i + 1, width: 50 },
              { key: 'agency', title: t('agency'), render: (_, r) => r.agencyName ?? r.agencyId },
              { key: 'team', title: t('team'), render: (_, r) => <Team team={r.team} /> },
            ]}
          />
        </Card>
      )}
      {(record.replacements ?? []).length > 0 && (
        <Card title={t('replacements')}>
          <Table
            aria-label={t('replacements')}
            size="small"
            rowKey={(r) => String(r.seq)}
            pagination={false}
            dataSource={record.replacements}
            columns={[
              { key: 'seq', title: '#', render: (_, r) => r.seq, width: 50 },
              { key: 'type', title: t('replaceType'), render: (_, r) => label('replacement', r.type) },
              { key: 'agency', title: t('agency'), render: (_, r) => r.agencyId },
              {
                key: 'change',
                title: `${t('leaving')} → ${t('substitutes')}`,
                render: (_, r) =>
                  r.type === 'PERSON' ? (
                    <>
                      {r.leaving?.name ?? r.leaving?.ref ?? r.leaving?.personId} → <Team team={r.substitutes} />
                    </>
                  ) : (
                    <>
                      → {r.substitute?.agencyName} <Team team={r.substitute?.team} />
                    </>
                  ),
              },
              ...(reasons ? [{ key: 'reason', title: t('reason'), render: (_: unknown, r: { seq?: number }) => reasons[r.seq ?? 0] }] : []),
              { key: 'seed', title: t('seed'), render: (_, r) => <code>{r.seed?.value ?? '—'}</code> },
              { key: 'at', title: t('drawnAt'), render: (_, r) => `${r.at?.replace('T', ' ').slice(0, 19) ?? ''} ${r.by ?? ''}` },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
