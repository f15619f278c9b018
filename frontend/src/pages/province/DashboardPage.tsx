import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Card, Col, Empty, InputNumber, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Dashboard, Plan, Region } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DataTable } from '../../components/DataTable';
import { loadProvinceMap, ProvinceMap } from '../../features/dashboard/ProvinceMap';
import { useI18n } from '../../i18n';
import { TrendChart } from '../../features/dashboard/TrendChart';
import { measureOf, trendOf, yearsOfPlans, type Measure } from '../../features/dashboard/trends';
import { regionResultsPath } from '../../features/dashboard/DrillBreadcrumb';

type SubRegion = NonNullable<Dashboard['subRegions']>[number];

/** scoring-service's dashboard of submitted official sheets, per city, on the province map. */
export default function DashboardPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const province = session?.region ?? '';
  const [year, setYear] = useState<number | null>(null);
  const [measure, setMeasure] = useState<Measure>('sheets');
  const [city, setCity] = useState<string>();
  const region = city ?? province;
  const dashboard = useApi((signal) => api<Dashboard>('/api/scoring/dashboard', { query: { region, year }, signal }), [region, year]);
  const provinceBoard = useApi((signal) => api<Dashboard>('/api/scoring/dashboard', { query: { region: province, year }, signal }), [province, year]);
  const cities = useApi((signal) => api<Region[]>(`/api/public/registry/regions/${province}/children`, { signal, anonymous: true }), [province]);
  const [map, setMap] = useState<string>();
  useEffect(() => {
    if (province) loadProvinceMap(province).then(setMap);
  }, [province]);

  const nameOf = useMemo(() => new Map((cities.data ?? []).map((c) => [c.code, c.name ?? ''])), [cities.data]);
  const codeOf = useMemo(() => new Map((cities.data ?? []).map((c) => [c.name ?? '', c.code])), [cities.data]);
  const value = (s: SubRegion) => measureOf(measure, s) ?? 0;
  const measureLabel = t(measure === 'sheets' ? 'measureSheets' : measure === 'mean' ? 'measureMean' : 'measureSerious');
  const mapValues = (provinceBoard.data?.subRegions ?? []).map((s) => ({ name: nameOf.get(s.region) ?? s.region ?? '', value: value(s) }));
  const d = dashboard.data;
  // the years of the province's published plans, one dashboard each: the trend of the province and its cities
  const boards = useApi(async (signal) => {
    const years = yearsOfPlans(await api<Plan[]>('/api/public/inspections/plans', { query: { region: province }, signal, anonymous: true }));
    return Promise.all(years.map(async (y) => ({ year: y, board: await api<Dashboard>('/api/scoring/dashboard', { query: { region: province, year: y }, signal }) })));
  }, [province]);
  const trend = useMemo(
    () => trendOf(boards.data ?? [], measure, (code) => (code === province ? t('province') : nameOf.get(code) ?? code)),
    [boards.data, measure, nameOf, province, t],
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('dashboard')} {city && `· ${nameOf.get(city) ?? city}`}
      </Typography.Title>
      <Space wrap>
        <label htmlFor="dash-year">{t('year')}</label>
        <InputNumber id="dash-year" value={year} onChange={(v) => setYear(v)} min={2000} max={2100} placeholder={t('all')} />
        <label htmlFor="dash-measure">{t('measure')}</label>
        <Select<Measure>
          id="dash-measure"
          value={measure}
          onChange={setMeasure}
          style={{ width: 220 }}
          options={[
            { value: 'sheets', label: t('measureSheets') },
            { value: 'serious', label: t('measureSerious') },
            { value: 'mean', label: t('measureMean') },
          ]}
        />
        <label htmlFor="dash-city">{t('city')}</label>
        <Select
          id="dash-city"
          allowClear
          value={city}
          onChange={setCity}
          style={{ width: 180 }}
          placeholder={t('all')}
          options={(cities.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
      </Space>
      {city && <Link to={regionResultsPath(city)}>{t('agencyResults')} · {nameOf.get(city) ?? city}</Link>}
      <ProblemAlert error={dashboard.error ?? provinceBoard.error ?? boards.error} onRetry={dashboard.error || provinceBoard.error ? dashboard.reload : boards.reload} />
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={`${measureLabel}`}>
            {map ? (
              <ProvinceMap map={map} values={mapValues} measure={measureLabel} label={`${t('dashboard')}: ${measureLabel}`} onSelect={(name) => setCity(codeOf.get(name))} />
            ) : (
              <Empty />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Card>
              <Row gutter={16}>
                <Col span={8}>
                  <Statistic title={t('sheets')} value={d?.sheets ?? 0} />
                </Col>
                <Col span={8}>
                  <Statistic title={t('mean')} value={d?.totals?.mean ?? '—'} precision={d?.totals?.mean != null ? 1 : undefined} />
                </Col>
                <Col span={8}>
                  <Statistic title={t('measureSerious')} value={(d?.outcomes ?? []).reduce((n, o) => n + (o.sheets ?? 0), 0)} />
                </Col>
              </Row>
            </Card>
            <Card title={t('outcomes')}>
              <Table
                aria-label={t('outcomes')}
                size="small"
                pagination={false}
                rowKey={(o) => o.code ?? ''}
                dataSource={d?.outcomes ?? []}
                locale={{ emptyText: t('noData') }}
                columns={[
                  { key: 'label', title: t('outcomes'), render: (_, o) => o.label },
                  { key: 'n', title: t('sheets'), render: (_, o) => o.sheets },
                ]}
              />
            </Card>
          </Space>
        </Col>
      </Row>
      <Card title={`${t('trends')}: ${measureLabel}`}>
        {trend.years.length ? <TrendChart trend={trend} label={`${t('trends')}: ${measureLabel}`} provinceLabel={t('province')} /> : <Empty description={t('trendsNone')} />}
      </Card>
      <Card title={t('city')}>
        <DataTable<SubRegion>
          label={t('city')}
          exportName="dashboard-regions"
          rows={d?.subRegions}
          loading={dashboard.loading}
          rowKey={(s) => s.region ?? ''}
          columns={[
            { key: 'region', title: t('city'), value: (s) => nameOf.get(s.region) ?? s.region, render: (s) => <Link to={regionResultsPath(s.region ?? '')}>{nameOf.get(s.region) ?? s.region}</Link> },
            { key: 'sheets', title: t('sheets'), value: (s) => s.sheets ?? 0 },
            { key: 'mean', title: t('mean'), value: (s) => (s.meanTotal == null ? '' : Math.round(s.meanTotal * 10) / 10) },
            { key: 'outcomes', title: t('outcomes'), value: (s) => (s.outcomes ?? []).map((o) => `${o.label} ${o.sheets}`).join('；') },
          ]}
        />
      </Card>
      <Card title={t('topFindings')}>
        <DataTable<NonNullable<Dashboard['findings']>[number]>
          label={t('topFindings')}
          exportName="dashboard-findings"
          rows={d?.findings}
          loading={dashboard.loading}
          rowKey={(f) => `${f.templateId}/${f.itemId}`}
          columns={[
            { key: 'template', title: t('template'), value: (f) => f.templateId, filter: true },
            { key: 'item', title: t('item'), value: (f) => f.itemId },
            { key: 'sheets', title: t('sheets'), value: (f) => f.sheets ?? 0 },
            { key: 'refs', title: '#', value: (f) => (f.refs ?? []).map((r) => `${r.ref}×${r.sheets}`).join(' ') },
          ]}
        />
      </Card>
      <Card title={t('distribution')}>
        <Table
          aria-label={t('distribution')}
          size="small"
          pagination={false}
          rowKey={(b) => `${b.from}`}
          dataSource={d?.distribution ?? []}
          columns={[
            { key: 'band', title: t('distribution'), render: (_, b) => `${b.from}–${b.to}` },
            { key: 'n', title: t('sheets'), render: (_, b) => b.sheets },
          ]}
        />
      </Card>
    </Space>
  );
}
