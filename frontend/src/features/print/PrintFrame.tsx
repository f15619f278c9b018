import { useState, type ReactNode } from 'react';
import { Button, Space } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { downloadBlob } from './download';

export interface FileLink {
  label: string;
  path: string;
  fileName: string;
}

/**
 * A printable view: a toolbar (打印 and the server's files beside it) that the print stylesheet leaves out,
 * with the app's header and footer, and the form itself (`.print-form`), which is all that goes on paper.
 */
export function PrintFrame({ files, children }: { files: FileLink[]; children: ReactNode }) {
  const { t } = useI18n();
  const [error, setError] = useState<Error>();
  return (
    <div className="print-frame">
      <Space wrap className="no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('print')}
        </Button>
        {files.map((f) => (
          <Button key={f.path} icon={<DownloadOutlined />} onClick={() => downloadBlob(f.path, f.fileName).catch(setError)}>
            {f.label}
          </Button>
        ))}
      </Space>
      <div className="no-print">
        <ProblemAlert error={error} />
      </div>
      <article className="print-form" lang="zh-CN">
        {children}
      </article>
    </div>
  );
}

/** The official form's heading: {year}年度{city}司法鉴定行业 / “双随机、一公开”监督抽查{form}. */
export function FormHeading({ year, city, form }: { year?: number; city?: string; form: string }) {
  return (
    <h1 className="print-title">
      {year ?? ''}年度{city ?? ''}司法鉴定行业
      <br />
      “双随机、一公开”监督抽查{form}
    </h1>
  );
}

/** The city as the plan's title names it (2024年度新乡市司法鉴定行业…), as the service's PDFs do. */
export function cityOf(planTitle?: string): string | undefined {
  return planTitle?.match(/年度(.+?)司法鉴定/)?.[1];
}

/** 2024年6月5日 */
export function chineseDate(iso?: string): string {
  if (!iso) return '　　年　　月　　日';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
