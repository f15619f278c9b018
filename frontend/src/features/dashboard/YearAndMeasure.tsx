// The dashboard's first two choices, the same on the province and the national view: the plan year (every
// year when empty) and the measure the map, the bars and the trend show.
import { InputNumber, Select } from 'antd';
import { useI18n } from '../../i18n';
import { MEASURE_LABELS, MEASURES } from './measures';
import type { Measure } from './trends';

export function YearAndMeasure({ year, onYear, measure, onMeasure }: {
  year: number | null;
  onYear: (year: number | null) => void;
  measure: Measure;
  onMeasure: (measure: Measure) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor="dash-year">{t('year')}</label>
      <InputNumber id="dash-year" value={year} onChange={(v) => onYear(v)} min={2000} max={2100} placeholder={t('all')} />
      <label htmlFor="dash-measure">{t('measure')}</label>
      <Select<Measure>
        id="dash-measure"
        value={measure}
        onChange={onMeasure}
        style={{ width: 240 }}
        options={MEASURES.map((m) => ({ value: m, label: t(MEASURE_LABELS[m]) }))}
      />
    </>
  );
}
