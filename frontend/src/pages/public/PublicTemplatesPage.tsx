import { Typography, Table } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Template, TemplateSummary } from '../../api/types';
import { LoadedTable } from '../../components/LoadedTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';

function TemplateItems({ summary }: { summary: TemplateSummary }) {
  const { t } = useI18n();
  const detail = useApi(
    (signal) => api<Template>(`/api/public/scoring/templates/${encodeURIComponent(summary.templateId ?? '')}/versions/${summary.version}`, { signal, anonymous: true }),
    [summary.templateId, summary.version],
  );
  const rows = (detail.data?.parts ?? []).flatMap((p) => (p.items ?? []).map((i) => ({ part: p.title ?? p.label ?? p.id, id: `${p.id}/${i.id}`, number: i.number ?? i.id, title: i.title })));
  return (
    <>
      <ProblemAlert error={detail.error} />
      <Table
        aria-label={t('items')}
        size="small"
        loading={detail.loading}
        rowKey="id"
        dataSource={rows}
        pagination={false}
        columns={[
          { key: 'part', title: t('items'), dataIndex: 'part', width: 200 },
          { key: 'number', title: '#', dataIndex: 'number', width: 60 },
          { key: 'title', title: t('title'), dataIndex: 'title' },
        ]}
      />
    </>
  );
}

export default function PublicTemplatesPage() {
  const { t } = useI18n();
  const label = useLabel();
  const templates = useApi((signal) => api<TemplateSummary[]>('/api/public/scoring/templates', { signal, anonymous: true }), []);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('templates')}</Typography.Title>
      <LoadedTable<TemplateSummary>
        loaded={templates}
        label={t('templates')}
        exportName="templates"
        rowKey={(x) => `${x.templateId}@${x.version}`}
        columns={[
          { key: 'title', title: t('title'), value: (x) => x.title },
          { key: 'kind', title: t('kind'), value: (x) => label('templateKind', x.kind), filter: true },
          { key: 'region', title: t('regionCode'), value: (x) => x.region, filter: true },
          { key: 'year', title: t('year'), value: (x) => x.year, filter: true },
          { key: 'version', title: t('version'), value: (x) => x.version },
        ]}
      />
      {(templates.data ?? []).map((x) => (
        <section key={`${x.templateId}@${x.version}`} style={{ marginTop: 24 }}>
          <Typography.Title level={4}>{x.title}</Typography.Title>
          <TemplateItems summary={x} />
        </section>
      ))}
    </>
  );
}
