// Every table of the SPA: sortable columns, a text filter over all shown values, column filters where a
// column lists its values, and a CSV export of exactly the rows the filters leave.
import { useMemo, useState, type ReactNode } from 'react';
import { Button, Input, Space, Table } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n';
import { downloadCsv, toCsv } from '../lib/csv';

export interface Column<T> {
  key: string;
  title: string;
  /** the plain value: used to sort, to filter and in the CSV */
  value: (row: T) => string | number | boolean | undefined | null;
  render?: (row: T) => ReactNode;
  /** offer a filter menu of the distinct values */
  filter?: boolean;
  width?: number;
}

export interface DataTableProps<T> {
  rows: T[] | undefined;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  loading?: boolean;
  exportName: string;
  toolbar?: ReactNode;
  pageSize?: number;
  label: string;
}

const compare = (a: unknown, b: unknown) => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'zh-Hans-CN');
};

export function DataTable<T>({ rows, columns, rowKey, loading, exportName, toolbar, pageSize = 20, label }: DataTableProps<T>) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [columnFilters, setColumnFilters] = useState<Record<string, (string | number | boolean)[] | null>>({});
  const visible = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return (rows ?? []).filter((row) => {
      if (needle && !columns.some((c) => String(c.value(row) ?? '').toLowerCase().includes(needle))) return false;
      return columns.every((c) => {
        const chosen = columnFilters[c.key];
        return !chosen || chosen.length === 0 || chosen.includes(String(c.value(row) ?? ''));
      });
    });
  }, [rows, columns, text, columnFilters]);

  const antColumns: ColumnType<T>[] = columns.map((c) => ({
    key: c.key,
    title: c.title,
    width: c.width,
    sorter: (a: T, b: T) => compare(c.value(a), c.value(b)),
    render: (_: unknown, row: T) => (c.render ? c.render(row) : String(c.value(row) ?? '')),
    filters: c.filter
      ? [...new Set((rows ?? []).map((r) => String(c.value(r) ?? '')))].sort().map((v) => ({ text: v || '—', value: v }))
      : undefined,
    filteredValue: columnFilters[c.key] ?? null,
  }));

  const exportCsv = () =>
    downloadCsv(`${exportName}.csv`, toCsv(columns.map((c) => c.title), visible.map((row) => columns.map((c) => c.value(row)))));

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('search')} aria-label={`${label} ${t('search')}`} onChange={(e) => setText(e.target.value)} style={{ width: 260 }} />
        <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={visible.length === 0}>
          {t('exportCsv')}
        </Button>
        {toolbar}
      </Space>
      <Table<T>
        aria-label={label}
        size="middle"
        rowKey={rowKey}
        loading={loading}
        columns={antColumns}
        dataSource={visible}
        scroll={{ x: 'max-content' }}
        onChange={(_, filters) => setColumnFilters(filters as Record<string, (string | number | boolean)[] | null>)}
        pagination={{ pageSize, showSizeChanger: true, showTotal: (n) => t('total', { n }) }}
      />
    </div>
  );
}
