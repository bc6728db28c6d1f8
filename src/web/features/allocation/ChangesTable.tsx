// What the run changed since the previous one: new, moved and dropped, each with its reason.
import { Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format';
import { ErrorState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { type Change, type ChangeKind, useChanges } from './allocation.api';
import { TAG } from './tag-colors';

const KIND_COLOR: Record<ChangeKind, string> = { new: TAG.green, moved: TAG.orange, dropped: TAG.red };

export function ChangesTable({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [kind, setKind] = useState<ChangeKind | 'all'>('all');
  const query = useChanges(runId, paging, kind === 'all' ? undefined : kind);
  // The typed error is `never` (the document lists no 4xx bodies), so read it as unknown.
  const failed: unknown = query.error;
  if (failed) return <ErrorState error={failed} onRetry={query.refetch} />;
  const counts = query.data?.counts;
  const place = (p: Change['before']) => p && <>{p.jobTitle}<br /><small>{p.employer} · {p.siteName}{p.value !== null ? ` · ${t('allocation.value')} ${format.number(p.value)}` : ''}</small></>;
  return (
    <>
      <Segmented<ChangeKind | 'all'>
        value={kind}
        onChange={(value) => { setKind(value); setPaging((p) => ({ ...p, page: 1 })); }}
        style={{ marginBottom: 12 }}
        aria-label={t('allocation.changeKind')}
        options={[
          { value: 'all', label: t('allocation.kinds.all') },
          ...(['moved', 'dropped', 'new'] as const).map((k) => ({ value: k, label: `${t(`allocation.kinds.${k}`)} ${counts ? format.number(counts[k]) : ''}` })),
        ]}
      />
      <Table<Change>
        rowKey="workerId"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        data-testid="changes-table"
        scroll={{ x: 900 }}
        locale={{ emptyText: t('allocation.noChanges') }}
        pagination={{
          current: paging.page, pageSize: paging.pageSize, total: query.data?.total ?? 0,
          showTotal: (total) => t('allocation.total', { count: total }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: t('allocation.change'), dataIndex: 'kind', width: 80, render: (k: ChangeKind) => <Tag color={KIND_COLOR[k]}>{t(`allocation.kinds.${k}`)}</Tag> },
          { title: t('allocation.worker'), dataIndex: 'name', width: 100 },
          { title: t('allocation.region'), dataIndex: 'regionName', width: 160, ellipsis: true },
          { title: t('allocation.before'), key: 'before', render: (_, c) => place(c.before) ?? '–' },
          { title: t('allocation.after'), key: 'after', render: (_, c) => place(c.after) ?? '–' },
          { title: t('allocation.reason'), key: 'reason', render: (_, c) => (language === 'en' ? c.reasonText.en : c.reasonText.zh) },
        ]}
      />
    </>
  );
}
