import { useMemo, useState } from 'react';
import { Button, Card, Col, Empty, Row, Space, Statistic, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Dashboard, InspectionDashboard, InspectionDashboardRow, Region } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DataTable } from '../../components/DataTable';
import { useI18n } from '../../i18n';
import { RegionBarChart } from '../../features/dashboard/RegionBarChart';
import { MEASURE_LABELS } from '../../features/dashboard/measures';
import { YearAndMeasure } from '../../features/dashboard/YearAndMeasure';
import { inspectionMeasureOf, inspectionRowsOf, inspectionTotalOf, measureOf, subRegionValues, type Measure } from '../../features/dashboard/trends';

const shown = (v: number | null | undefined) => (v == null ? '—' : v);

/**
 * The ministry's view of the whole country (ADR 0006): both dashboards asked without a region answer by province.
 * A bar per province of the chosen measure and a table of both services' figures; a province drills down.
 */
export function NationalBoard({ onSelect }: { onSelect: (province: string) => void }) {
  const { t } = useI18n();
  const [year, setYear] = useState<number | null>(null);
  const [measure, setMeasure] = useState<Measure>('inspected');
  const scoring = useApi((signal) => api<Dashboard>('/api/scoring/dashboard', { query: { year }, signal }), [year]);
  const inspections = useApi((signal) => api<InspectionDashboard>('/api/inspections/dashboard', { signal }), []);
  const provinces = useApi((signal) => api<Region[]>('/api/public/registry/regions', { signal, anonymous: true }), []);
  const nameOf = useMemo(() => new Map((provinces.data ?? []).map((p) => [p.code, p.name ?? ''])), [provinces.data]);
  const measureLabel = t(MEASURE_LABELS[measure]);
  const bars = subRegionValues(measure, year, scoring.data, inspections.data).map((v) => ({ ...v, name: nameOf.get(v.code) ?? v.code }));
  const total = inspectionTotalOf(inspections.data, year);
  // one line per province either service has figures for
  const rows = useMemo(() => {
    const inspected = new Map(inspectionRowsOf(inspections.data, year).map((r) => [r.region ?? '', r]));
    const sheets = new Map((scoring.data?.subRegions ?? []).map((s) => [s.region ?? '', s]));
    return [...new Set([...inspected.keys(), ...sheets.keys()])]
      .filter(Boolean)
      .sort()
      .map((code) => ({ code, inspection: inspected.get(code), scoring: sheets.get(code) }));
  }, [inspections.data, scoring.data, year]);
  type Line = (typeof rows)[number];
  const of = (m: Parameters<typeof inspectionMeasureOf>[0], r?: InspectionDashboardRow) => (r ? inspectionMeasureOf(m, r) : null);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('nationalDashboard')}
      </Typography.Title>
      <Space wrap>
        <YearAndMeasure year={year} onYear={setYear} measure={measure} onMeasure={setMeasure} />
      </Space>
      <ProblemAlert error={scoring.error ?? inspections.error} onRetry={scoring.error ? scoring.reload : inspections.reload} />
      <Card>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Statistic title={t('sheets')} value={scoring.data?.sheets ?? 0} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('measureInspected')} value={total.agenciesInspected ?? 0} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('measureRectification')} value={shown(inspectionMeasureOf('rectification', total))} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('measureOverdue')} value={shown(inspectionMeasureOf('overdue', total))} />
          </Col>
        </Row>
      </Card>
      <Card title={`${t('byProvince')}: ${measureLabel}`}>
        {bars.length ? (
          <RegionBarChart bars={bars} measure={measureLabel} label={`${t('nationalDashboard')}: ${measureLabel}`} onSelect={onSelect} />
        ) : (
          <Empty description={t('noData')} />
        )}
      </Card>
      <Card title={t('byProvince')}>
        <DataTable<Line>
          label={t('byProvince')}
          exportName="dashboard-provinces"
          rows={rows}
          loading={scoring.loading || inspections.loading}
          rowKey={(r) => r.code}
          columns={[
            {
              key: 'province',
              title: t('provinceName'),
              value: (r) => nameOf.get(r.code) ?? r.code,
              render: (r) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => onSelect(r.code)}>
                  {nameOf.get(r.code) ?? r.code}
                </Button>
              ),
            },
            { key: 'sheets', title: t('sheets'), value: (r) => r.scoring?.sheets ?? 0 },
            { key: 'mean', title: t('mean'), value: (r) => shown(r.scoring ? measureOf('mean', r.scoring) : null) },
            { key: 'serious', title: t('measureSerious'), value: (r) => (r.scoring ? measureOf('serious', r.scoring) ?? 0 : 0) },
            { key: 'inspections', title: t('inspectionsCount'), value: (r) => r.inspection?.inspections ?? 0 },
            { key: 'inspected', title: t('measureInspected'), value: (r) => r.inspection?.agenciesInspected ?? 0 },
            { key: 'perAgency', title: t('measureFindingsPerAgency'), value: (r) => shown(of('findingsPerAgency', r.inspection)) },
            { key: 'rectification', title: t('measureRectification'), value: (r) => shown(of('rectification', r.inspection)) },
            { key: 'published', title: t('resultsPublished'), value: (r) => r.inspection?.resultsPublished ?? 0 },
            { key: 'overdue', title: t('measureOverdue'), value: (r) => shown(of('overdue', r.inspection)) },
          ]}
        />
      </Card>
    </Space>
  );
}
