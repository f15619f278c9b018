import { useCallback, useMemo, useState } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Input, Radio, Space, Tag, Typography } from 'antd';
import { ProblemError } from '../../api/client';
import type { AnswerItemRequest, Sheet, SheetItem, Template, TemplateItem } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { onsiteApi } from './api';
import { useAnswerQueue, type FlushResult } from './answerQueue';

type Finding = 'A' | 'B' | 'C';
interface Draft { finding?: Finding; subPoints: number[]; note: string }
type ItemState = 'saved' | 'queued' | 'conflict' | 'saving';

export function templateItems(template: Template | undefined): TemplateItem[] {
  return (template?.parts ?? []).flatMap((p) => p.items ?? []).filter((i) => !!i.id);
}

/** Items with no finding on the server and none waiting in the queue. */
export function unansweredItems(items: TemplateItem[], sheet: Pick<Sheet, 'items'> | undefined, queued: Set<string>): TemplateItem[] {
  return items.filter((i) => !sheet?.items?.[i.id!]?.answer?.finding && !queued.has(i.id!));
}

/** Item ids a 422 items-unanswered names: in `items`, `missingItems` or the field errors. */
export function namedItems(e: unknown): string[] {
  if (!(e instanceof ProblemError)) return [];
  const listed = (e.body.items ?? e.body.missingItems) as unknown;
  const ids = Array.isArray(listed) ? listed.map((x) => (typeof x === 'string' ? x : String((x as { itemId?: string }).itemId ?? ''))) : [];
  return [...ids, ...e.errors.map((x) => x.field ?? '')].filter(Boolean);
}

/**
 * The official checklist, item by item (A 发现 / B 未发现 / C 不适用, the sub-points found under A, a note),
 * each saved on its own with the item version it was read at. Without a connection answers wait in the
 * queue; an item someone else changed meanwhile is shown as a conflict: reloading it brings the current
 * answer and version while the caller's draft stays, to be saved again on purpose.
 */
export function Checklist({ sheet, template, editable, onReload }: { sheet: Sheet; template: Template; editable: boolean; onReload: () => void }) {
  const { t } = useI18n();
  const sheetId = sheet.id!;
  const items = useMemo(() => templateItems(template), [template]);
  const [answered, setAnswered] = useState<Record<string, SheetItem>>(() => ({ ...(sheet.items ?? {}) }));
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [states, setStates] = useState<Record<string, ItemState>>({});
  const [error, setError] = useState<Error>();
  const [submitError, setSubmitError] = useState<Error>();
  const [submitting, setSubmitting] = useState(false);

  const send = useCallback((itemId: string, body: AnswerItemRequest) => onsiteApi.answer(sheetId, itemId, body), [sheetId]);
  const onFlushed = useCallback((r: FlushResult) => {
    setAnswered((a) => ({ ...a, ...Object.fromEntries(r.saved.map((s) => [s.itemId, s.item])) }));
    // a queued answer that lost to someone else's stays on screen as a draft, to be saved again after reloading
    setDrafts((d) => ({
      ...d,
      ...Object.fromEntries(r.conflicts.map((c) => [c.itemId, { finding: c.body.finding, subPoints: c.body.subPoints ?? [], note: c.body.note ?? '' }])),
    }));
    setStates((s) => ({
      ...s,
      ...Object.fromEntries(r.saved.map((x) => [x.itemId, 'saved' as const])),
      ...Object.fromEntries(r.conflicts.map((c) => [c.itemId, 'conflict' as const])),
    }));
    if (r.failed.length) setError(r.failed[0].error);
  }, []);
  const { queued, save } = useAnswerQueue(sheetId, send, onFlushed);
  const queuedIds = useMemo(() => new Set(queued.map((q) => q.itemId)), [queued]);
  const open = unansweredItems(items, { items: answered }, queuedIds);

  const draftOf = (id: string): Draft => {
    if (drafts[id]) return drafts[id];
    const fromQueue = queued.find((q) => q.itemId === id)?.body;
    const a = fromQueue ?? answered[id]?.answer;
    return { finding: a?.finding, subPoints: a?.subPoints ?? [], note: a?.note ?? '' };
  };
  const edit = (id: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [id]: { ...draftOf(id), ...patch } }));

  const saveItem = async (id: string) => {
    const d = draftOf(id);
    if (!d.finding) return;
    setError(undefined);
    setStates((s) => ({ ...s, [id]: 'saving' }));
    const body: AnswerItemRequest = {
      version: answered[id]?.version ?? 0,
      finding: d.finding,
      subPoints: d.finding === 'A' ? d.subPoints : undefined,
      note: d.note || undefined,
    };
    const outcome = await save(id, body);
    if (outcome.kind === 'saved') {
      setAnswered((a) => ({ ...a, [id]: outcome.item }));
      setDrafts(({ [id]: _, ...rest }) => rest);
    }
    if (outcome.kind === 'failed') setError(outcome.error);
    setStates((s) => ({ ...s, [id]: outcome.kind === 'failed' ? 'saved' : outcome.kind }));
  };

  /** After a conflict: the item's current answer and version from the server; the caller's draft stays. */
  const reloadItem = async (id: string) => {
    setError(undefined);
    try {
      const fresh = await onsiteApi.sheet(sheetId);
      setAnswered((a) => ({ ...a, ...(fresh.items ?? {}) }));
      setStates(({ [id]: _, ...rest }) => rest);
    } catch (e) {
      setError(e as Error);
    }
  };

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      await onsiteApi.submitSheet(sheetId, sheet.version);
      onReload();
    } catch (e) {
      setSubmitError(e as Error);
    } finally {
      setSubmitting(false);
    }
  };
  const refused = namedItems(submitError);
  const numberOf = (id: string) => items.find((i) => i.id === id)?.number ?? id;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Tag color={sheet.status === 'SUBMITTED' ? 'green' : 'blue'}>{t(sheet.status === 'SUBMITTED' ? 'sheetSubmitted' : 'sheetDraft')}</Tag>
        <span data-testid="unanswered-count">{t('unansweredCount', { n: open.length, total: items.length })}</span>
        {queued.length > 0 && <Badge color="orange" count={t('unsent', { n: queued.length })} data-testid="unsent-badge" />}
      </Space>
      {open.length > 0 && (
        <Alert
          type="info"
          title={t('unansweredItems')}
          description={open.map((i) => (
            <a key={i.id} href={`#item-${i.id}`} onClick={(e) => { e.preventDefault(); document.getElementById(`item-${i.id}`)?.scrollIntoView(); }} style={{ marginInlineEnd: 12 }}>
              {i.number ?? i.id}
            </a>
          ))}
        />
      )}
      <ProblemAlert error={error} />
      {items.map((item) => {
        const id = item.id!;
        const d = draftOf(id);
        const state = states[id] ?? (queuedIds.has(id) ? 'queued' : undefined);
        const by = answered[id]?.answeredByName;
        return (
          <Card
            key={id}
            id={`item-${id}`}
            size="small"
            title={<span style={{ whiteSpace: 'normal' }}>{item.number} {item.title}</span>}
            extra={state && state !== 'saving' && state !== 'conflict' && <Tag color={state === 'queued' ? 'orange' : 'green'}>{t(state === 'queued' ? 'itemQueued' : 'itemSaved')}</Tag>}
          >
            {item.requirement && <Typography.Paragraph type="secondary">{item.requirement}</Typography.Paragraph>}
            {state === 'conflict' && (
              <Alert
                type="warning"
                role="alert"
                style={{ marginBottom: 12 }}
                title={t('itemConflict')}
                description={answered[id]?.answeredByName && t('answeredBy', { name: answered[id]?.answeredByName })}
                action={<Button onClick={() => reloadItem(id)}>{t('reload')}</Button>}
              />
            )}
            <Radio.Group
              aria-label={`${item.number ?? ''} ${t('finding')}`}
              optionType="button"
              buttonStyle="solid"
              size="large"
              disabled={!editable}
              value={d.finding}
              onChange={(e) => edit(id, { finding: e.target.value as Finding })}
              options={[
                { value: 'A', label: t('findingA') },
                { value: 'B', label: t('findingB') },
                { value: 'C', label: t('findingC') },
              ]}
            />
            {d.finding === 'A' && (item.subPoints ?? []).length > 0 && (
              <Checkbox.Group
                aria-label={t('subPointsFound')}
                disabled={!editable}
                value={d.subPoints}
                onChange={(v) => edit(id, { subPoints: v as number[] })}
                style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 12 }}
                options={(item.subPoints ?? []).map((s) => ({ value: s.number!, label: `${s.number}. ${s.text}` }))}
              />
            )}
            <Input.TextArea
              aria-label={`${item.number ?? ''} ${t('note')}`}
              placeholder={t('note')}
              disabled={!editable}
              value={d.note}
              onChange={(e) => edit(id, { note: e.target.value })}
              autoSize={{ minRows: 1, maxRows: 6 }}
              style={{ marginTop: 12 }}
            />
            <Space wrap style={{ marginTop: 12 }}>
              {editable && (
                <Button size="large" type="primary" disabled={!d.finding} loading={state === 'saving'} onClick={() => saveItem(id)}>
                  {t('saveItem')}
                </Button>
              )}
              {by && <Typography.Text type="secondary">{t('answeredBy', { name: by })}</Typography.Text>}
            </Space>
          </Card>
        );
      })}
      {editable && (
        <>
          <ProblemAlert error={submitError} />
          {refused.length > 0 && <Alert type="warning" title={t('unansweredItems')} description={refused.map(numberOf).join('、')} />}
          <Button size="large" type="primary" block loading={submitting} disabled={queued.length > 0} onClick={submit}>
            {t('submitSheet')}
          </Button>
        </>
      )}
    </Space>
  );
}
