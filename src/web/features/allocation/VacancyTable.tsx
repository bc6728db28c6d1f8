// A run's proposals by vacancy: places asked, proposed, confirmed and still open; a row
// opens to the workers proposed for it, with their reasons.
import { Input, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format';
import { ErrorState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { useVacancies, type VacancyProposals } from './allocation.api';
import { ProposalTable } from './ProposalTable';

export function VacancyTable({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [search, setSearch] = useState('');
  const query = useVacancies(runId, paging, search);
  // The typed error is `never` (the document lists no 4xx bodies), so read it as unknown.
  const failed: unknown = query.error;
  if (failed) return <ErrorState error={failed} onRetry={query.refetch} />;
  const n = (v: number) => format.number(v);
  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('allocation.searchVacancy')}
        aria-label={t('allocation.searchVacancy')}
        onSearch={(value) => { setSearch(value.trim()); setPaging((p) => ({ ...p, page: 1 })); }}
        style={{ maxWidth: 280, marginBottom: 12 }}
      />
      <Table<VacancyProposals>
        rowKey="jobId"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        data-testid="vacancies-table"
        scroll={{ x: 900 }}
        locale={{ emptyText: t('allocation.noProposals') }}
        expandable={{ expandedRowRender: (v) => <ProposalTable runId={runId} job={v.jobId} compact /> }}
        pagination={{
          current: paging.page, pageSize: paging.pageSize, total: query.data?.total ?? 0,
          showTotal: (total) => t('allocation.total', { count: total }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: t('allocation.vacancy'), dataIndex: 'title', render: (title: string, v) => <>{title}<br /><small>{v.employer}</small></> },
          { title: t('allocation.site'), dataIndex: 'siteName', ellipsis: true },
          { title: t('allocation.industry'), key: 'industry', render: (_, v) => (language === 'en' ? v.industryName.en : v.industryName.zh) },
          { title: t('allocation.wage'), dataIndex: 'wage', align: 'right', render: n },
          { title: t('allocation.headcount'), dataIndex: 'headcount', align: 'right', render: n },
          { title: t('allocation.proposed'), dataIndex: 'proposed', align: 'right', render: n },
          { title: t('allocation.confirmedCount'), dataIndex: 'confirmed', align: 'right', render: n },
          { title: t('allocation.open'), dataIndex: 'open', align: 'right', render: n },
          { title: t('allocation.averageValue'), dataIndex: 'averageValue', align: 'right', render: (v: number | null) => (v === null ? '–' : format.number(v)) },
        ]}
      />
    </>
  );
}
