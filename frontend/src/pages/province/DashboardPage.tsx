import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Breadcrumb, Card, Col, Empty, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Dashboard, InspectionDashboard, InspectionDashboardRow, Plan, Region } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { NATION } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DataTable } from '../../components/DataTable';
import { loadProvinceMap, ProvinceMap } from '../../features/dashboard/ProvinceMap';
import { useI18n } from '../../i18n';
import { TrendChart } from '../../features/dashboard/TrendChart';
import {
  inspectionMeasureOf, inspectionRowsOf, inspectionTotalOf, inspectionTrendOf, isInspectionMeasure, subRegionValues, trendOf, yearsOfPlans,
  type Measure,
} from '../../features/dashboard/trends';
import { MEASURE_LABELS } from '../../features/dashboard/measures';
import { YearAndMeasure } from '../../features/dashboard/YearAndMeasure';
import { regionResultsPath } from '../../features/dashboard/DrillBreadcrumb';
import { NationalBoard } from '../national/NationalBoard';

type SubRegion = NonNullable<Dashboard['subRegions']>[number];

const shown = (v: number | null | undefined) => (v == null ? '—' : v);

/**
 * A province account's dashboard of its province; the ministry's of the whole country by province, drilling down
 * into any province's (ADR 0006).
 */
export default function DashboardPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const own = session?.region ?? '';
  const [province, setProvince] = useState<string>();
  const provinces = useApi(
    (signal) => (own === NATION ? api<Region[]>('/api/public/registry/regions', { signal, anonymous: true }) : Promise.resolve([])),
    [own],
  );
  if (own !== NATION) return <ProvinceBoard province={own} />;
  if (!province) return <NationalBoard onSelect={setProvince} />;
  const name = (provinces.data ?? []).find((p) => p.code === province)?.name ?? province;
  return <ProvinceBoard key={province} province={province} nation={{ label: t('nation'), name, back: () => setProvince(undefined) }} />;
}

/** Where a ministry's drill-down came from: the way back to the national view. */
interface Nation {
  label: string;
  /** the province's name */
  name: string;
  back: () => void;
}

/**
 * The province's cities on its map, coloured by a measure: scoring-service's (submitted official sheets: count,
 * needing rectification, mean score, grade distribution) or inspection-service's (agencies inspected, findings per
 * agency, rectification completion, overdue publications); the trend over years and the drill-down to a city's
 * counties and agencies use the same measure. Seen from the national view, a breadcrumb leads back and the
 * agencies' results (bureau pages) are not linked.
 */
function ProvinceBoard({ province, nation }: { province: string; nation?: Nation }) {
  const { t } = useI18n();
  const [year, setYear] = useState<number | null>(null);
  const [measure, setMeasure] = useState<Measure>('sheets');
  const [city, setCity] = useState<string>();
  const region = city ?? province;
  const dashboard = useApi((signal) => api<Dashboard>('/api/scoring/dashboard', { query: { region, year }, signal }), [region, year]);
  const provinceBoard = useApi((signal) => api<Dashboard>('/api/scoring/dashboard', { query: { region: province, year }, signal }), [province, year]);
  const cities = useApi((signal) => api<Region[]>(`/api/public/registry/regions/${province}/children`, { signal, anonymous: true }), [province]);
  // inspection-service: every year of the province once (map, table and trend), the chosen city's counties
  const inspections = useApi((signal) => api<InspectionDashboard>('/api/inspections/dashboard', { query: { region: province }, signal }), [province]);
  const cityInspections = useApi(
    (signal) => (city ? api<InspectionDashboard>('/api/inspections/dashboard', { query: { region: city, year }, signal }) : Promise.resolve(undefined)),
    [city, year],
  );
  const [map, setMap] = useState<string>();
  useEffect(() => {
    if (province) loadProvinceMap(province).then(setMap);
  }, [province]);

  const counties = useApi(
    (signal) => (city ? api<Region[]>(`/api/public/registry/regions/${city}/children`, { signal, anonymous: true }) : Promise.resolve([])),
    [city],
  );
  const nameOf = useMemo(
    () => new Map([...(cities.data ?? []), ...(counties.data ?? [])].map((c) => [c.code, c.name ?? ''])),
    [cities.data, counties.data],
  );
  const codeOf = useMemo(() => new Map((cities.data ?? []).map((c) => [c.name ?? '', c.code])), [cities.data]);
  const measureLabel = t(MEASURE_LABELS[measure]);
  const cityRows = useMemo(() => inspectionRowsOf(inspections.data, year), [inspections.data, year]);
  const mapValues = subRegionValues(measure, year, provinceBoard.data, inspections.data).map((v) => ({ name: nameOf.get(v.code) ?? v.code, value: v.value }));
  const d = dashboard.data;
  const inspectionRows = city ? inspectionRowsOf(cityInspections.data, year) : cityRows;
  const inspectionTotal = city ? inspectionTotalOf(cityInspections.data, year) : inspectionTotalOf(inspections.data, year);
  // the years of the province's published plans, one dashboard each: the trend of the province and its cities
  const boards = useApi(async (signal) => {
    const years = yearsOfPlans(await api<Plan[]>('/api/public/inspections/plans', { query: { region: province }, signal, anonymous: true }));
    return Promise.all(years.map(async (y) => ({ year: y, board: await api<Dashboard>('/api/scoring/dashboard', { query: { region: province, year: y }, signal }) })));
  }, [province]);
  const trend = useMemo(() => {
    const name = (code: string) => (code === province ? t('province') : nameOf.get(code) ?? code);
    return isInspectionMeasure(measure) ? inspectionTrendOf(inspections.data, measure, name) : trendOf(boards.data ?? [], measure, name);
  }, [boards.data, inspections.data, measure, nameOf, province, t]);

  const regionLink = (code: string) => (nation ? nameOf.get(code) ?? code : <Link to={regionResultsPath(code)}>{nameOf.get(code) ?? code}</Link>);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {nation && (
        <Breadcrumb
          aria-label={t('drillPath')}
          items={[
            { key: 'nation', title: <a onClick={nation.back}>{nation.label}</a> },
            { key: 'province', title: city ? <a onClick={() => setCity(undefined)}>{nation.name}</a> : nation.name },
            ...(city ? [{ key: 'city', title: nameOf.get(city) ?? city }] : []),
          ]}
        />
      )}
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {nation ? nation.name : t('dashboard')} {city && `· ${nameOf.get(city) ?? city}`}
      </Typography.Title>
      <Space wrap>
        <YearAndMeasure year={year} onYear={setYear} measure={measure} onMeasure={setMeasure} />
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
      {city && !nation && <Link to={regionResultsPath(city)}>{t('agencyResults')} · {nameOf.get(city) ?? city}</Link>}
      <ProblemAlert error={dashboard.error ?? provinceBoard.error ?? boards.error} onRetry={dashboard.error || provinceBoard.error ? dashboard.reload : boards.reload} />
      <ProblemAlert error={inspections.error ?? cityInspections.error} onRetry={inspections.error ? inspections.reload : cityInspections.reload} />
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
            <Card>
              <Row gutter={16}>
                <Col span={6}>
                  <Statistic title={t('measureInspected')} value={inspectionTotal.agenciesInspected ?? 0} />
                </Col>
                <Col span={6}>
                  <Statistic title={t('measureFindingsPerAgency')} value={shown(inspectionMeasureOf('findingsPerAgency', inspectionTotal))} />
                </Col>
                <Col span={6}>
                  <Statistic title={t('measureRectification')} value={shown(inspectionMeasureOf('rectification', inspectionTotal))} />
                </Col>
                <Col span={6}>
                  <Statistic title={t('measureOverdue')} value={shown(inspectionMeasureOf('overdue', inspectionTotal))} />
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
            { key: 'region', title: t('city'), value: (s) => nameOf.get(s.region) ?? s.region, render: (s) => regionLink(s.region ?? '') },
            { key: 'sheets', title: t('sheets'), value: (s) => s.sheets ?? 0 },
            { key: 'mean', title: t('mean'), value: (s) => (s.meanTotal == null ? '' : Math.round(s.meanTotal * 10) / 10) },
            { key: 'outcomes', title: t('outcomes'), value: (s) => (s.outcomes ?? []).map((o) => `${o.label} ${o.sheets}`).join('；') },
          ]}
        />
      </Card>
      <Card title={`${t('inspectionsCount')} · ${city ? nameOf.get(city) ?? city : t('city')}`}>
        <DataTable<InspectionDashboardRow>
          label={t('inspectionsCount')}
          exportName="dashboard-inspections"
          rows={inspectionRows}
          loading={city ? cityInspections.loading : inspections.loading}
          rowKey={(r) => r.region ?? ''}
          columns={[
            { key: 'region', title: t('region'), value: (r) => nameOf.get(r.region) ?? r.region, render: (r) => regionLink(r.region ?? '') },
            { key: 'plans', title: t('plansCount'), value: (r) => r.plans ?? 0 },
            { key: 'inspections', title: t('inspectionsCount'), value: (r) => r.inspections ?? 0 },
            { key: 'inspected', title: t('measureInspected'), value: (r) => r.agenciesInspected ?? 0 },
            { key: 'findings', title: t('findingsCount'), value: (r) => r.findings ?? 0 },
            { key: 'perAgency', title: t('measureFindingsPerAgency'), value: (r) => shown(inspectionMeasureOf('findingsPerAgency', r)) },
            { key: 'rectification', title: t('measureRectification'), value: (r) => shown(inspectionMeasureOf('rectification', r)) },
            { key: 'published', title: t('resultsPublished'), value: (r) => r.resultsPublished ?? 0 },
            { key: 'overdue', title: t('measureOverdue'), value: (r) => shown(inspectionMeasureOf('overdue', r)) },
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
