import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio } from 'antd';
import type { FeedbackRequest } from '../../api/types';
import { ProblemAlert, useFormSubmit } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { onsiteApi } from '../onsite/api';

/** 意见反馈表 (附件2 三(二)): the agency answers the city directly, with or without an opinion. */
export function FeedbackForm({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FeedbackRequest>();
  const hasOpinion = Form.useWatch('hasOpinion', form);
  const { busy, error, submit } = useFormSubmit(form);
  const [sent, setSent] = useState(false);
  const send = (v: FeedbackRequest) =>
    submit(async () => {
      await onsiteApi.feedback(taskId, { hasOpinion: v.hasOpinion, text: v.text ?? '', signer: v.signer });
      setSent(true);
    });
  return (
    <Card title={t('feedbackForm')}>
      {sent && <Alert type="success" title={t('feedbackSent')} style={{ marginBottom: 16 }} />}
      <ProblemAlert error={error} />
      <Form form={form} layout="vertical" aria-label={t('feedbackForm')} initialValues={{ hasOpinion: false }} onFinish={send}>
        <Form.Item name="hasOpinion" label={t('hasOpinion')}>
          <Radio.Group size="large" optionType="button" options={[{ value: true, label: t('opinionYes') }, { value: false, label: t('opinionNo') }]} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('opinionText')}
          required={!!hasOpinion}
          dependencies={['hasOpinion']}
          rules={[({ getFieldValue }) => ({
            validator: (_, v?: string) => (getFieldValue('hasOpinion') && !v?.trim() ? Promise.reject(new Error(t('required'))) : Promise.resolve()),
          })]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item name="signer" label={t('signer')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input size="large" />
        </Form.Item>
        <Button size="large" type="primary" block htmlType="submit" loading={busy}>{t('sendFeedback')}</Button>
      </Form>
    </Card>
  );
}
