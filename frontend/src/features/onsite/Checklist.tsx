import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { ProblemError } from '../../api/client';
import type { AnswerItemRequest, EvidenceRecord, ItemAnswerShape, RuleAnswerBody, Sheet, SheetItem, Template, TemplateItem } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';
import { onsiteApi } from './api';
import { useAnswerQueue, type FlushResult } from './answerQueue';
import { isAnswered, isExpertOnly, isPointsItem, PointsRules, type PartKind } from './PointsRules';

type Finding = 'A' | 'B' | 'C';
export interface Draft { finding?: Finding; subPoints: number[]; note: string; rules: RuleAnswerBody[]; score?: number; evidenceIds: string[] }
type ItemState = 'saved' | 'queued' | 'conflict' | 'saving';

/** At most this many evidence ids on one answer (scoring-service's limit). */
export const MAX_EVIDENCE_PER_ITEM = 20;

export function templateItems(template: Template | undefined): TemplateItem[] {
  return (template?.parts ?? []).flatMap((p) => p.items ?? []).filter((i) => !!i.id);
}

function partKinds(template: Template): Map<string, PartKind | undefined> {
  return new Map((template.parts ?? []).flatMap((p) => (p.items ?? []).map((i) => [i.id!, p.kind as PartKind | undefined] as const)));
}

/** Items with no answer on the server and none waiting in the queue. */
export function unansweredItems(items: TemplateItem[], sheet: Pick<Sheet, 'items'> | undefined, queued: Set<string>): TemplateItem[] {
  return items.filter((i) => !isAnswered(sheet?.items?.[i.id!]?.answer) && !queued.has(i.id!));
}

export function draftFrom(a: ItemAnswerShape | undefined): Draft {
  return {
    finding: a?.finding,
    subPoints: a?.subPoints ?? [],
    note: a?.note ?? '',
    rules: (a?.rules ?? []).map((r) => ({ ...r, ruleId: r.ruleId! })),
    score: a?.score ?? undefined,
    evidenceIds: a?.evidenceIds ?? [],
  };
}

/**
 * The PUT body of one item: A/B/C with sub-points, or the rules that apply and the direct score ("checked"
 * when no rule applies). Someone who is not an expert leaves the expert's rules out: the server keeps them.
 */
export function answerBody(item: TemplateItem, d: Draft, version: number, expert: boolean): AnswerItemRequest {
  const extra = { note: d.note || undefined, evidenceIds: d.evidenceIds.length ? d.evidenceIds : undefined };
  if (!isPointsItem(item)) {
    return { version, finding: d.finding, subPoints: d.finding === 'A' ? d.subPoints : undefined, ...extra };
  }
  const expertRules = new Set((item.rules ?? []).filter((r) => r.expert).map((r) => r.id));
  const rules = d.rules.filter((r) => expert || !expertRules.has(r.ruleId));
  const hasRules = (item.rules ?? []).length > 0;
  return {
    version,
    rules: rules.length ? rules : undefined,
    score: item.directScore ? d.score : undefined,
    checked: hasRules && rules.length === 0 && d.score === undefined ? true : undefined,
    ...extra,
  };
}

const mayBeSaved = (item: TemplateItem, d: Draft, expert: boolean) =>
  isPointsItem(item) ? (expert || !isExpertOnly(item)) && (!item.directScore || (item.rules ?? []).length > 0 || d.score !== undefined) : !!d.finding;

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
const NO_EVIDENCE: EvidenceRecord[] = [];

export function Checklist({ sheet, template, editable, onReload, evidence = NO_EVIDENCE }: {
  sheet: Sheet;
  template: Template;
  editable: boolean;
  onReload: () => void;
  /** the task's stored evidence, to attach to an item */
  evidence?: EvidenceRecord[];
}) {
  const { t } = useI18n();
  const { session } = useAuth();
  const expert = !!session?.roles.includes('expert');
  const sheetId = sheet.id!;
  const items = useMemo(() => templateItems(template), [template]);
  const kinds = useMemo(() => partKinds(template), [template]);
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
    setDrafts((d) => ({ ...d, ...Object.fromEntries(r.conflicts.map((c) => [c.itemId, draftFrom(c.body)])) }));
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

  // what each item shows without an edit: its queued answer, else the stored one (one object per change, for memo)
  const shown = useMemo(() => {
    const waiting = new Map(queued.map((q) => [q.itemId, q.body]));
    return Object.fromEntries(items.map((i) => [i.id!, draftFrom(waiting.get(i.id!) ?? answered[i.id!]?.answer)]));
  }, [items, queued, answered]);
  const draftOf = (id: string): Draft => drafts[id] ?? shown[id];
  // the edit callbacks stay the same function across renders, so an unchanged item card does not re-render
  const draftOfRef = useRef(draftOf);
  draftOfRef.current = draftOf;
  const edit = useCallback((id: string, patch: Partial<Draft> | ((d: Draft) => Partial<Draft>)) =>
    setDrafts((all) => {
      const base = all[id] ?? draftOfRef.current(id);
      return { ...all, [id]: { ...base, ...(typeof patch === 'function' ? patch(base) : patch) } };
    }), []);
  const onRule = useCallback((id: string, ruleId: string, value: RuleAnswerBody | undefined) =>
    edit(id, (d) => ({ rules: [...d.rules.filter((r) => r.ruleId !== ruleId), ...(value ? [value] : [])] })), [edit]);
  const onScore = useCallback((id: string, score: number | undefined) => edit(id, { score }), [edit]);

  const saveItem = async (item: TemplateItem) => {
    const id = item.id!;
    const d = draftOf(id);
    if (!mayBeSaved(item, d, expert)) return;
    setError(undefined);
    setStates((s) => ({ ...s, [id]: 'saving' }));
    const outcome = await save(id, answerBody(item, d, answered[id]?.version ?? 0, expert));
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
  const saveRef = useRef(saveItem);
  saveRef.current = saveItem;
  const onSave = useCallback((item: TemplateItem) => void saveRef.current(item), []);
  const reloadRef = useRef(reloadItem);
  reloadRef.current = reloadItem;
  const onReloadItem = useCallback((id: string) => void reloadRef.current(id), []);
  const refused = namedItems(submitError);
  const numberOf = (id: string) => items.find((i) => i.id === id)?.number ?? id;
  const attachable = useMemo(() => evidence.filter((r) => r.id && !r.withdrawn), [evidence]);

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
        return (
          <ItemCard
            key={id}
            item={item}
            partKind={kinds.get(id)}
            draft={draftOf(id)}
            stored={answered[id]}
            state={states[id] ?? (queuedIds.has(id) ? 'queued' : undefined)}
            editable={editable}
            expert={expert}
            evidence={attachable}
            edit={edit}
            onRule={onRule}
            onScore={onScore}
            onSave={onSave}
            onReloadItem={onReloadItem}
          />
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

/** The task's photos and files to pick from, by kind and name; ids only, the server checks they are the task's. */
function EvidencePicker({ item, value, evidence, disabled, onChange }: {
  item: TemplateItem;
  value: string[];
  evidence: EvidenceRecord[];
  disabled: boolean;
  onChange: (ids: string[]) => void;
}) {
  const { t } = useI18n();
  const label = useLabel();
  const known = new Set(evidence.map((r) => r.id));
  const options = [
    ...evidence.map((r) => ({
      value: r.id!,
      label: `${label('evidenceKind', r.kind)} ${r.fileName ?? ''}${r.capturedAt ? ` ${r.capturedAt.replace('T', ' ').slice(5, 16)}` : ''}`,
    })),
    // an id attached earlier whose record is not (or no longer) in the list stays visible, by id
    ...value.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v })),
  ];
  if (options.length === 0) return null;
  return (
    <Select
      mode="multiple"
      aria-label={`${item.number ?? ''} ${t('attachEvidence')}`}
      placeholder={t('attachEvidence')}
      disabled={disabled}
      value={value}
      maxCount={MAX_EVIDENCE_PER_ITEM}
      onChange={onChange}
      options={options}
      optionFilterProp="label"
      size="large"
      style={{ width: '100%', marginTop: 12 }}
    />
  );
}

const ItemCard = memo(function ItemCard({ item, partKind, draft: d, stored, state, editable, expert, evidence, edit, onRule, onScore, onSave, onReloadItem }: {
  item: TemplateItem;
  partKind: PartKind | undefined;
  draft: Draft;
  stored: SheetItem | undefined;
  state: ItemState | undefined;
  editable: boolean;
  expert: boolean;
  evidence: EvidenceRecord[];
  edit: (id: string, patch: Partial<Draft>) => void;
  onRule: (itemId: string, ruleId: string, value: RuleAnswerBody | undefined) => void;
  onScore: (itemId: string, score: number | undefined) => void;
  onSave: (item: TemplateItem) => void;
  onReloadItem: (id: string) => void;
}) {
  const { t } = useI18n();
  const id = item.id!;
  const by = stored?.answeredByName;
  const points = isPointsItem(item);
  const expertOnly = points && isExpertOnly(item) && !expert;
  return (
    <Card
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
          description={by && t('answeredBy', { name: by })}
          action={<Button onClick={() => onReloadItem(id)}>{t('reload')}</Button>}
        />
      )}
      {points ? (
        <PointsRules item={item} partKind={partKind} rules={d.rules} score={d.score} expert={expert} disabled={!editable} onRule={onRule} onScore={onScore} />
      ) : (
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
      )}
      {!points && d.finding === 'A' && (item.subPoints ?? []).length > 0 && (
        <Checkbox.Group
          role="group"
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
        disabled={!editable || expertOnly}
        value={d.note}
        onChange={(e) => edit(id, { note: e.target.value })}
        autoSize={{ minRows: 1, maxRows: 6 }}
        style={{ marginTop: 12 }}
      />
      <EvidencePicker item={item} value={d.evidenceIds} evidence={evidence} disabled={!editable || expertOnly} onChange={(ids) => edit(id, { evidenceIds: ids })} />
      <Space wrap style={{ marginTop: 12 }}>
        {editable && !expertOnly && (
          <Button size="large" type="primary" disabled={!mayBeSaved(item, d, expert)} loading={state === 'saving'} onClick={() => onSave(item)}>
            {points && d.rules.length === 0 && d.score === undefined && (item.rules ?? []).length > 0 ? t('saveItemNoneApplies') : t('saveItem')}
          </Button>
        )}
        {expertOnly && <Tag color="purple">{t('expertOnlyItem')}</Tag>}
        {by && <Typography.Text type="secondary">{t('answeredBy', { name: by })}</Typography.Text>}
      </Space>
    </Card>
  );
});
