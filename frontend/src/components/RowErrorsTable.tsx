import { Table } from 'antd';
import type { FieldError } from '../api/client';
import { useI18n } from '../i18n';

type Props = {
  /** names the table for screen readers */
  label: string;
  errors: FieldError[];
  /** the width of the column-name column: wide enough for the file's longest header */
  columnWidth: number;
  testId?: string;
};

/** The rows of an uploaded file that were refused, one line per cell: row, column, reason. */
export function RowErrorsTable({ label, errors, columnWidth, testId }: Props) {
  const { t } = useI18n();
  return (
    <Table<FieldError>
      aria-label={label}
      data-testid={testId}
      size="small"
      rowKey={(e) => `${e.row}:${e.column}:${e.reason}`}
      dataSource={errors}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { key: 'row', title: t('row'), dataIndex: 'row', width: 80, sorter: (a, b) => (a.row ?? 0) - (b.row ?? 0) },
        { key: 'column', title: t('column'), dataIndex: 'column', width: columnWidth },
        { key: 'reason', title: t('reason'), dataIndex: 'reason' },
      ]}
    />
  );
}
