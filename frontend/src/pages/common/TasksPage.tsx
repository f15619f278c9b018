import { useMemo, useState } from 'react';
import { Badge, Button, Calendar, Form, Input, Modal, Segmented, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Plan, ScheduleRequest, Task } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DataTable } from '../../components/DataTable';
import { applyFieldErrors, ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';

/**
 * Inspection tasks in the caller's scope (inspection-service decides: a bureau its region, an inspector or
 * expert the tasks of the teams they are on). The organising city schedules them (working day, notice
 * ≤ 24 h before the start, China Standard Time).
 */
export default function TasksPage() {
  const { t } = useI18n();
  const label = useLabel();
  const { session, hasRole } = useAuth();
  const tasks = useApi((signal) => api<Task[]>('/api/inspections/tasks', { signal }), []);
  // plan titles for the table; a role that may read no plan still sees its tasks (by plan id)
  const plans = useApi((signal) => api<Plan[]>('/api/inspections/plans', { signal }).catch(() => [] as Plan[]), []);
  const [view, setView] = useState<'calendar' | 'list'>('list');
  const [editing, setEditing] = useState<Task>();
  const [error, setError] = useState<Error>();
  const [form] = Form.useForm<{ day: string; start: string; notifyAt: string }>();
  const planById = useMemo(() => new Map((plans.data ?? []).map((p) => [p.id, p])), [plans.data]);
  const organiser = (task: Task) => hasRole('city') && planById.get(task.planId)?.region === session?.region;

  const byDay = useMemo(() => {
    const map = new Map<string, Task[]>();
    (tasks.data ?? []).forEach((task) => {
      const day = task.schedule?.day;
      if (day) map.set(day, [...(map.get(day) ?? []), task]);
    });
    return map;
  }, [tasks.data]);
  const firstDay = [...byDay.keys()].sort()[0];
  const [month, setMonth] = useState<Dayjs>();

  const save = async (v: { day: string; start: string; notifyAt: string }) => {
    if (!editing) return;
    setError(undefined);
    const body: ScheduleRequest = { day: v.day, start: v.start.length === 5 ? `${v.start}:00` : v.start, notifyAt: dayjs(v.notifyAt).toISOString() };
    try {
      await api(`/api/inspections/tasks/${encodeURIComponent(editing.id ?? '')}/schedule`, { method: 'PUT', body });
      setEditing(undefined);
      tasks.reload();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e as Error);
    }
  };

  const team = (task: Task) => (task.team ?? []).map((m) => m.name).join('、');
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('tasks')}</Typography.Title>
      <ProblemAlert error={tasks.error} onRetry={tasks.reload} />
      <Segmented<'calendar' | 'list'>
        aria-label={t('tasks')}
        value={view}
        onChange={setView}
        options={[
          { value: 'list', label: t('list') },
          { value: 'calendar', label: t('calendar') },
        ]}
        style={{ marginBottom: 12 }}
      />
      {view === 'list' && (
        <DataTable<Task>
          label={t('tasks')}
          exportName="tasks"
          rows={tasks.data}
          loading={tasks.loading}
          rowKey={(x) => x.id ?? ''}
          columns={[
            { key: 'plan', title: t('plan'), value: (x) => planById.get(x.planId)?.title ?? x.planId, filter: true },
            { key: 'agency', title: t('agency'), value: (x) => x.agencyName ?? x.agencyId },
            { key: 'region', title: t('regionCode'), value: (x) => x.agencyRegion, filter: true },
            { key: 'team', title: t('team'), value: team },
            { key: 'day', title: t('day'), value: (x) => x.schedule?.day ?? t('unscheduled') },
            { key: 'start', title: t('start'), value: (x) => x.schedule?.start ?? '' },
            { key: 'status', title: t('status'), value: (x) => label('taskStatus', x.status), filter: true },
            {
              key: 'actions',
              title: t('actions'),
              value: () => '',
              render: (x) =>
                organiser(x) && (
                  <Button size="small" onClick={() => { setEditing(x); form.setFieldsValue({ day: x.schedule?.day ?? '', start: x.schedule?.start?.slice(0, 5) ?? '09:00', notifyAt: '' }); }}>
                    {t('schedule')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      {view === 'calendar' && (
        <Calendar
          value={month ?? (firstDay ? dayjs(firstDay) : undefined)}
          onPanelChange={(d) => setMonth(d)}
          onSelect={(d) => setMonth(d)}
          cellRender={(d, info) => {
            if (info.type !== 'date') return info.originNode;
            const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
            return (
              <Space direction="vertical" size={2}>
                {list.map((x) => (
                  <Badge key={x.id} status="processing" text={<Tag style={{ whiteSpace: 'normal' }}>{x.agencyName}</Tag>} />
                ))}
              </Space>
            );
          }}
        />
      )}
      <Modal title={`${t('schedule')}：${editing?.agencyName ?? ''}`} open={!!editing} onCancel={() => setEditing(undefined)} onOk={() => form.submit()} destroyOnHidden>
        <ProblemAlert error={error} />
        <Form form={form} layout="vertical" onFinish={save} aria-label={t('schedule')}>
          <Form.Item name="day" label={t('day')} rules={[{ required: true, message: t('required') }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="start" label={t('start')} rules={[{ required: true, message: t('required') }]}>
            <Input type="time" />
          </Form.Item>
          <Form.Item name="notifyAt" label={t('notifyAt')} rules={[{ required: true, message: t('required') }]}>
            <Input type="datetime-local" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
