// The controls of an item scored by points (鄂州: 扣分 rules with occurrences or named contents, 酌情扣分,
// tiers, consequences, and the expert's direct score), one per rule, each sending the rule answer shape
// scoring-service checks (RuleAnswerCheck): contents out of the rule's options, else occurrences.
import { memo } from 'react';
import { Checkbox, Input, InputNumber, Space, Tag, Typography } from 'antd';
import type { ItemAnswerShape, RuleAnswerBody, TemplateItem, TemplateRule } from '../../api/types';
import { useI18n } from '../../i18n';

export type PartKind = 'CHECKLIST' | 'DEDUCTION' | 'SCORED' | 'BONUS';

/** An item answered by rules or a direct score rather than A/B/C. */
export const isPointsItem = (item: TemplateItem) => (item.rules ?? []).length > 0 || !!item.directScore;

/** Only an expert answers it: a direct expert score, or rules that are all the expert's. */
export const isExpertOnly = (item: TemplateItem) =>
  !!item.directScore?.expert || ((item.rules ?? []).length > 0 && (item.rules ?? []).every((r) => r.expert));

/** Answered in the server's sense (ItemAnswer.answered): a finding, a score, a rule, or "checked". */
export const isAnswered = (a: ItemAnswerShape | undefined) =>
  !!a && (!!a.finding || (a.score !== undefined && a.score !== null) || (a.rules ?? []).length > 0 || !!a.checked);

/** A counted rule's answer worth keeping: it names contents, occurrences or points (a FIXED rule is kept as ticked). */
const counts = (r: RuleAnswerBody) => (r.contents ?? []).length > 0 || (r.occurrences ?? 0) > 0 || (r.points ?? 0) > 0;

function RuleControl({ item, rule, value, sign, disabled, onChange }: {
  item: TemplateItem;
  rule: TemplateRule;
  value: RuleAnswerBody | undefined;
  sign: string;
  disabled: boolean;
  onChange: (ruleId: string, value: RuleAnswerBody | undefined) => void;
}) {
  const { t } = useI18n();
  const id = rule.id!;
  const name = `${item.number ?? item.id} ${rule.label ?? ''} ${rule.text ?? id}`.replace(/\s+/g, ' ');
  const set = (patch: Partial<RuleAnswerBody>) => {
    const next: RuleAnswerBody = { ...(value ?? { ruleId: id }), ...patch, ruleId: id };
    onChange(id, counts(next) ? next : undefined);
  };
  const points =
    rule.kind === 'FIXED' ? t('rulePoints', { sign, points: rule.points ?? 0 })
      : rule.kind === 'PER_OCCURRENCE' ? t('rulePointsEach', { sign, points: rule.points ?? 0 })
        : rule.kind === 'DISCRETIONARY' ? t('rulePointsUpTo', { sign, points: rule.bound ?? 0 })
          : rule.kind === 'TIERED' ? (rule.tiers ?? []).map((x) => `${x.min}${x.max ? `-${x.max}` : '+'}: ${sign}${x.points}`).join('，')
            : rule.action?.label ?? '';
  const options = rule.options ?? [];
  return (
    <div style={{ padding: '8px 0', borderTop: '1px solid rgba(5,5,5,0.06)' }} data-testid={`rule-${id}`}>
      <Typography.Paragraph style={{ marginBottom: 6 }}>
        {rule.label} {rule.text} {points && <Tag color={sign === '+' ? 'green' : rule.kind === 'CONSEQUENCE' ? 'red' : 'orange'}>{points}</Tag>}
        {rule.expert && <Tag color="purple">{t('expertScored')}</Tag>}
      </Typography.Paragraph>
      {options.length > 0 ? (
        <Checkbox.Group
          role="group"
          aria-label={name}
          disabled={disabled}
          value={value?.contents ?? []}
          onChange={(v) => set({ contents: (v as string[]).length ? (v as string[]) : undefined, occurrences: undefined })}
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
          options={options.map((o) => ({ value: o, label: o }))}
        />
      ) : rule.kind === 'FIXED' ? (
        <Checkbox disabled={disabled} checked={!!value} onChange={(e) => onChange(id, e.target.checked ? { ruleId: id } : undefined)} style={{ minHeight: 32 }}>
          {t('ruleApplies')}
        </Checkbox>
      ) : rule.kind === 'DISCRETIONARY' ? null : (
        <Space>
          <Typography.Text>{t(rule.kind === 'TIERED' ? 'ruleCount' : 'ruleOccurrences')}</Typography.Text>
          <InputNumber
            aria-label={`${name} ${t('ruleOccurrences')}`}
            size="large"
            min={0}
            max={rule.maxOccurrences ?? 1000}
            precision={0}
            disabled={disabled}
            value={value?.occurrences ?? 0}
            onChange={(n) => set({ occurrences: n ? Number(n) : undefined })}
          />
        </Space>
      )}
      {rule.kind === 'DISCRETIONARY' && (
        <Space wrap style={{ marginTop: options.length ? 8 : 0 }}>
          <Typography.Text>{t('rulePointsChosen')}</Typography.Text>
          <InputNumber
            aria-label={`${name} ${t('rulePointsChosen')}`}
            size="large"
            min={0}
            max={(rule.bound ?? 0) * Math.max(1, (value?.contents ?? []).length)}
            step={rule.step ?? 0.5}
            disabled={disabled}
            value={value?.points ?? 0}
            onChange={(n) => set({ points: n ? Number(n) : undefined })}
          />
          {!rule.expert && (
            <Input
              aria-label={`${name} ${t('ruleReason')}`}
              placeholder={t('ruleReason')}
              disabled={disabled}
              value={value?.reason ?? ''}
              onChange={(e) => set({ reason: e.target.value || undefined })}
            />
          )}
        </Space>
      )}
    </div>
  );
}

/**
 * The rules of one item (and its direct score), the expert's parts disabled for everyone else: the server
 * keeps an expert's answers to them whatever an inspector sends (ExpertParts).
 */
export const PointsRules = memo(function PointsRules({ item, partKind, rules, score, expert, disabled, onRule, onScore }: {
  item: TemplateItem;
  partKind: PartKind | undefined;
  rules: RuleAnswerBody[];
  score: number | undefined;
  expert: boolean;
  disabled: boolean;
  onRule: (itemId: string, ruleId: string, value: RuleAnswerBody | undefined) => void;
  onScore: (itemId: string, score: number | undefined) => void;
}) {
  const { t } = useI18n();
  const sign = partKind === 'BONUS' ? '+' : '−';
  const byRule = new Map(rules.map((r) => [r.ruleId, r]));
  const direct = item.directScore;
  return (
    <div>
      {(item.rules ?? []).filter((r) => !!r.id).map((rule) => (
        <RuleControl
          key={rule.id}
          item={item}
          rule={rule}
          sign={sign}
          value={byRule.get(rule.id!)}
          disabled={disabled || (!!rule.expert && !expert)}
          onChange={(ruleId, v) => onRule(item.id!, ruleId, v)}
        />
      ))}
      {direct && (
        <Space wrap style={{ paddingTop: 8 }}>
          <Typography.Text>{direct.label ?? t('directScore')}</Typography.Text>
          <InputNumber
            aria-label={`${item.number ?? item.id} ${direct.label ?? t('directScore')}`}
            size="large"
            min={0}
            max={direct.max}
            step={direct.step ?? 0.5}
            disabled={disabled || (!!direct.expert && !expert)}
            value={score}
            onChange={(n) => onScore(item.id!, n === null || n === undefined ? undefined : Number(n))}
          />
          <Typography.Text type="secondary">/ {direct.max}{direct.factor && direct.factor !== 1 ? ` × ${direct.factor}` : ''}</Typography.Text>
          {direct.expert && <Tag color="purple">{t('expertScored')}</Tag>}
        </Space>
      )}
    </div>
  );
});
