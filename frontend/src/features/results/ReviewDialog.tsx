import { Descriptions, Form, Input, Modal, Radio, Select } from 'antd';
import type { ReviewCase } from '../../api/types';

/** The province's decision as filled in: action codes; the note is always required. */
interface DecisionForm {
  decision: 'CONFIRM' | 'AMEND';
  outcome?: string;
  actions?: string[];
  note: string;
}
import { ProblemAlert, useFormSubmit } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { resultsApi } from './api';

/** The province confirms the city's final conclusion or amends it (outcome, actions), always with a note. */
export function ReviewDialog({ review, onClose, onDecided }: { review?: ReviewCase; onClose: () => void; onDecided: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<DecisionForm>();
  const decision = Form.useWatch('decision', form);
  const { busy, error, submit } = useFormSubmit(form);
  const proposal = review?.proposal;
  const decide = async (v: DecisionForm) => {
    if (!review?.taskId) return;
    const taskId = review.taskId;
    await submit(async () => {
      await resultsApi.decide(taskId, v.decision === 'AMEND'
        ? { decision: 'AMEND', outcome: v.outcome, actions: (v.actions ?? []).map((code) => ({ code })), note: v.note.trim() }
        : { decision: 'CONFIRM', note: v.note.trim() });
      onDecided();
    });
  };
  return (
    <Modal title={`${t('decide')}：${review?.agencyName ?? review?.taskId ?? ''}`} open={!!review} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: busy }} destroyOnHidden>
      <ProblemAlert error={error} />
      {proposal && (
        <Descriptions size="small" column={1} bordered title={t('finalConclusion')} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('outcome')}>{proposal.outcome?.label ?? proposal.outcome?.code}</Descriptions.Item>
          <Descriptions.Item label={t('recommendedActions')}>{(proposal.actions ?? []).map((a) => a.label ?? a.code).join('、')}</Descriptions.Item>
          {proposal.reason && <Descriptions.Item label={t('departureReason')}>{proposal.reason}</Descriptions.Item>}
          {(review?.reasons ?? []).length > 0 && <Descriptions.Item label={t('provincialReview')}>{review?.reasons?.join('；')}</Descriptions.Item>}
        </Descriptions>
      )}
      <Form form={form} layout="vertical" aria-label={t('decide')} onFinish={decide}
        initialValues={{ decision: 'CONFIRM', outcome: proposal?.outcome?.code, actions: (proposal?.actions ?? []).map((a) => a.code ?? '') }}>
        <Form.Item name="decision" label={t('decision')}>
          <Radio.Group options={[{ value: 'CONFIRM', label: t('decisionCONFIRM') }, { value: 'AMEND', label: t('decisionAMEND') }]} />
        </Form.Item>
        {decision === 'AMEND' && (
          <>
            <Form.Item name="outcome" label={t('outcome')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="actions" label={t('recommendedActions')}>
              <Select mode="tags" options={(proposal?.actions ?? []).map((a) => ({ value: a.code ?? '', label: a.label ?? a.code }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('reviewNote')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
