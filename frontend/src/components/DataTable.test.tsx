import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWith } from '../test/render';

const downloads: { name: string; csv: string }[] = [];
vi.mock('../lib/csv', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/csv')>()),
  downloadCsv: (name: string, csv: string) => downloads.push({ name, csv }),
}));
const { DataTable } = await import('./DataTable');
const { toCsv } = await import('../lib/csv');

type Row = { id: string; name: string; n: number; region: string };
const rows: Row[] = [
  { id: '1', name: '乙机构', n: 3, region: '红旗区' },
  { id: '2', name: '甲机构', n: 10, region: '原阳县' },
  { id: '3', name: '丙机构, "引号"', n: 1, region: '红旗区' },
];
const columns = [
  { key: 'name', title: '名称', value: (r: Row) => r.name },
  { key: 'n', title: '数量', value: (r: Row) => r.n },
  { key: 'region', title: '地区', value: (r: Row) => r.region, filter: true },
];

const bodyRows = () => within(screen.getByRole('table').querySelector('tbody')!).getAllByRole('row');

describe('DataTable', () => {
  it('sorts numbers as numbers', () => {
    renderWith(<DataTable label="t" exportName="t" rows={rows} columns={columns} rowKey={(r) => r.id} />);
    fireEvent.click(screen.getByRole('columnheader', { name: /数量/ }));
    expect(bodyRows().map((r) => r.textContent)).toEqual(['丙机构, "引号"1红旗区', '乙机构3红旗区', '甲机构10原阳县']);
  });

  it('filters on any shown value and exports exactly the filtered rows as CSV', async () => {
    renderWith(<DataTable label="t" exportName="t" rows={rows} columns={columns} rowKey={(r) => r.id} />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '红旗' } });
    expect(bodyRows()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: /导出 CSV/ }));
    expect(downloads[0].name).toBe('t.csv');
    expect(downloads[0].csv).toBe('名称,数量,地区\r\n乙机构,3,红旗区\r\n"丙机构, ""引号""",1,红旗区\r\n');
  });

  it('quotes CSV cells per RFC 4180', () => {
    expect(toCsv(['a'], [['x\ny'], [null], [true]])).toBe('a\r\n"x\ny"\r\n\r\ntrue\r\n');
  });
});
