// A run's proposals by worker, paged on the server, with reasons; rows can be selected
// for "confirm selected". Also shows one vacancy's proposals inside the vacancy table.
import { Input, Table, Tag } from 'antd';
import type { Key } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format';
import { ErrorState } from '../../components/PageState';
import { type Proposal, useProposals } from './allocation.api';
import { Reasons } from './Reasons';
import { TAG } from './tag-colors';

type Props = {
  runId: string;
  job?: string;
  selected?: Key[];
  onSelect?: (keys: Key[]) => void;
  compact?: boolean;
};

export function ProposalTable({ runId, job, selected, onSelect, compact }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [paging, setPaging] = useState({ page: 1, pageSize: compact ? 10 : 20 });
  const [search, setSearch] = useState('');
  const query = useProposals(runId, paging, { job, search });
  // The typed error is `never` (the document lists no 4xx bodies), so read it as unknown.
  const failed: unknown = query.error;
  if (failed) return <ErrorState error={failed} onRetry={query.refetch} />;
  return (
    <>
      {!compact && (
        <Input.Search
          allowClear
          placeholder={t('allocation.searchName')}
          aria-label={t('allocation.searchName')}
          onSearch={(value) => { setSearch(value.trim()); setPaging((p) => ({ ...p, page: 1 })); }}
          style={{ maxWidth: 280, marginBottom: 12 }}
        />
      )}
      <Table<Proposal>
        rowKey="workerId"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        data-testid={compact ? 'vacancy-proposals' : 'proposals-table'}
        locale={{ emptyText: t('allocation.noProposals') }}
        rowSelection={onSelect && {
          selectedRowKeys: selected, preserveSelectedRowKeys: true, onChange: onSelect,
          getCheckboxProps: (p) => ({ disabled: p.status === 'confirmed', 'aria-label': t('allocation.selectWorker', { name: p.name }) }),
        }}
        pagination={{
          current: paging.page, pageSize: paging.pageSize, total: query.data?.total ?? 0, showSizeChanger: !compact,
          showTotal: (total) => t('allocation.total', { count: total }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: t('allocation.worker'), dataIndex: 'name', width: 110, render: (name: string, p) => <><span data-name>{name}</span>{p.priority && <Tag color={TAG.gold} style={{ marginLeft: 4 }}>{t('allocation.priorityTag')}</Tag>}</> },
          { title: t('allocation.region'), dataIndex: 'regionName', width: 160, ellipsis: true },
          ...(compact ? [] : [
            { title: t('allocation.vacancy'), key: 'job', width: 220, render: (_: unknown, p: Proposal) => <>{p.jobTitle}<br /><small>{p.employer} · {p.siteName}</small></> },
          ]),
          { title: t('allocation.value'), dataIndex: 'value', width: 70, align: 'right' as const, render: (v: number | null) => (v === null ? '–' : format.number(v)) },
          { title: t('allocation.reasons'), key: 'reasons', render: (_: unknown, p: Proposal) => <Reasons proposal={p} /> },
          {
            title: t('allocation.status'), dataIndex: 'status', width: 90,
            render: (s: Proposal['status']) => <Tag color={s === 'confirmed' ? TAG.green : TAG.blue}>{t(`allocation.proposalStatus.${s}`)}</Tag>,
          },
        ]}
      />
    </>
  );
}
