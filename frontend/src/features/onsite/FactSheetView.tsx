import { useState } from 'react';
import { Button, Descriptions, List, Spin, Tag } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi';
import type { FactSheet } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { categoryLabel } from '../../lib/labels';
import { onsiteApi } from './api';
import { openBlob } from './blob';

/** 事实确认单 as issued, the agency's confirmation or the recorded refusal, and its printable PDF. */
export function FactSheetView({ taskId, sheet }: { taskId: string; sheet: FactSheet }) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<Error>();
  const facts = sheet.facts;
  const signed = sheet.answer?.kind === 'SIGNED' ? sheet.answer : undefined;
  const refused = sheet.answer?.kind === 'REFUSED' ? sheet.answer : undefined;
  return (
    <>
      <ProblemAlert error={error} />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('categoriesInspected')}>{sheet.categoriesInspected.map((c) => categoryLabel(c, lang)).join('、')}</Descriptions.Item>
        {sheet.issuedAt && <Descriptions.Item label={t('issuedAt')}>{sheet.issuedAt.replace('T', ' ').slice(0, 16)} {sheet.issuedByName}</Descriptions.Item>}
        <Descriptions.Item label={t('confirmedFacts')}>
          <List size="small" dataSource={facts} renderItem={(f: string, i) => <List.Item>{i + 1}. {f}</List.Item>} />
        </Descriptions.Item>
        {signed && (
          <Descriptions.Item label={t('stepSigned')}>
            <Tag color="green">{t('stepSigned')}</Tag> {signed.at?.replace('T', ' ').slice(0, 16)} {signed.byName}
            {signed.opinion && <div>{t('agencyOpinion')}：{signed.opinion}</div>}
          </Descriptions.Item>
        )}
        {refused && (
          <Descriptions.Item label={t('stepRefused')}>
            <Tag color="red">{t('stepRefused')}</Tag> {refused.at?.replace('T', ' ').slice(0, 16)} {refused.byName}
            <div>{t('refusalReason')}：{refused.reason}</div>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Button size="large" icon={<FilePdfOutlined />} style={{ marginTop: 12 }} onClick={() => openBlob(onsiteApi.factSheetPdfPath(taskId)).catch(setError)}>
        {t('factSheetPdf')}
      </Button>
    </>
  );
}

/** The task's fact sheet: from the task when it carries it, else read on its own (the agency's view). */
export function FactSheetTab({ taskId, sheet }: { taskId: string; sheet?: FactSheet }) {
  const loaded = useApi((signal) => (sheet ? Promise.resolve(sheet) : onsiteApi.factSheet(taskId, signal)), [taskId, sheet]);
  if (loaded.error) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  return loaded.data ? <FactSheetView taskId={taskId} sheet={loaded.data} /> : <Spin />;
}
