// The audit log in the officer's region, newest first, paged on the server: who did what
// to which record, when, and from which address (a reveal names the worker revealed).
import { Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format';
import { ErrorState } from '../../components/PageState';
import { type AuditFilter, type AuditRow, useAudit } from './accounts.api';

const ACTIONS = [
  'worker.reveal', 'worker.update', 'worker.register', 'worker.withdraw', 'import.errors_download', 'user.create', 'user.password.reset',
  'user.password.change', 'user.unlock', 'allocation.run', 'allocation.confirm', 'trips.plan', 'trip.manifest', 'campaign.create',
  'campaign.update', 'employer.create', 'employer.update', 'job.create', 'job.update',
];

function detail(row: AuditRow): string {
  const value = row.after ?? row.before;
  if (value === null || value === undefined) return '';
  const textValue = JSON.stringify(value);
  return textValue.length > 160 ? `${textValue.slice(0, 160)}…` : textValue;
}

export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [filter, setFilter] = useState<AuditFilter>({});
  const query = useAudit(paging, filter);
  const failed: unknown = query.error;
  const change = (next: AuditFilter) => { setFilter((f) => ({ ...f, ...next })); setPaging((p) => ({ ...p, page: 1 })); };
  return (
    <Card title={t('auth.audit')} data-testid="audit-page">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('audit.action')}
          aria-label={t('audit.action')}
          style={{ width: 220 }}
          value={filter.action}
          onChange={(action?: string) => change({ action })}
          options={ACTIONS.map((a) => ({ value: a, label: `${t(`audit.actions.${a.replaceAll('.', '_')}` as 'audit.actions.worker_reveal', { defaultValue: a })} (${a})` }))}
          data-testid="audit-action"
        />
        <Input.Search allowClear placeholder={t('audit.entityId')} aria-label={t('audit.entityId')} style={{ width: 300 }} onSearch={(entity) => change({ entity: entity.trim() })} />
        <Input.Search
          allowClear placeholder={t('audit.actorFilter')} aria-label={t('audit.actorFilter')} style={{ width: 300 }}
          onSearch={(actor) => change({ actor: actor.trim() })} data-testid="audit-actor"
        />
        <DatePicker.RangePicker
          placeholder={[t('audit.dates.0'), t('audit.dates.1')]}
          aria-label={`${t('audit.dates.0')} – ${t('audit.dates.1')}`}
          onChange={(range) => change({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
          data-testid="audit-dates"
        />
      </Space>
      {failed ? <ErrorState error={failed} onRetry={query.refetch} /> : (
        <Table<AuditRow>
          rowKey="id"
          size="small"
          loading={query.isFetching}
          dataSource={query.data?.items ?? []}
          data-testid="audit-table"
          scroll={{ x: 960 }}
          pagination={{
            current: paging.page, pageSize: paging.pageSize, total: query.data?.total ?? 0,
            showTotal: (total) => t('allocation.total', { count: total }), onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => format.dateTime(v) },
            { title: t('audit.who'), dataIndex: 'actorLogin', width: 120 },
            { title: t('audit.action'), dataIndex: 'action', width: 170, render: (a: string) => t(`audit.actions.${a.replaceAll('.', '_')}` as 'audit.actions.worker_reveal', { defaultValue: a }) },
            { title: t('audit.entity'), key: 'entity', width: 260, render: (_, r) => <>{r.entity}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.entityId}</Typography.Text></> },
            { title: t('audit.region'), dataIndex: 'regionCode', width: 90 },
            { title: t('audit.ip'), dataIndex: 'ip', width: 120 },
            { title: t('audit.detail'), key: 'detail', ellipsis: true, render: (_, r) => detail(r) },
          ]}
        />
      )}
    </Card>
  );
}
