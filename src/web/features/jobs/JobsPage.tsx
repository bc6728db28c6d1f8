// Employers and vacancies: the vacancies of the current campaign and the employers, each
// searchable and paged on the server; new ones are entered from here.
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Input, Table, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { RecordLink } from './a11y';
import { useFormat } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useUser } from '../../app/session';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { useApprovalQueue } from '../employer/employer.api';
import { ApprovalTag } from './ApprovalTag';
import { EmployerForm } from './EmployerForm';
import { type EmployerRow, PAGE_SIZE, useEmployers, useVacancies, type Vacancy } from './jobs.api';
import { VacancyForm } from './VacancyForm';
import { wageText } from './vacancy-text';

export function JobsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'employers' ? 'employers' : 'vacancies';
  return (
    <Card title={t('jobs.title')} extra={<PendingLink />}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'employers' ? { tab: key } : {})}
        items={[
          { key: 'vacancies', label: t('jobs.vacancies'), children: <VacancyList /> },
          { key: 'employers', label: t('jobs.employers'), children: <EmployerList /> },
        ]}
      />
    </Card>
  );
}

/** For the provincial officers who review: how many employer postings wait, linking to the queue. */
function PendingLink() {
  const { t } = useTranslation();
  const { role } = useUser();
  const reviewer = role === 'admin' || role === 'province';
  const queue = useApprovalQueue({ enabled: reviewer });
  const n = queue.data?.items.length ?? 0;
  if (!reviewer || n === 0) return null;
  return (
    <Badge count={n} offset={[8, 0]}>
      <RecordLink to="/jobs/approvals">{t('employer.pendingCount', { n })}</RecordLink>
    </Badge>
  );
}

function VacancyList() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { campaign } = useCurrentCampaign();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const query = useVacancies({ campaign: campaign?.id, search, page });
  return (
    <>
      <Flex gap={12} wrap justify="space-between" style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('jobs.searchVacancies')}
          aria-label={t('jobs.searchVacancies')}
          onSearch={(value) => { setSearch(value.trim()); setPage(1); }}
          style={{ maxWidth: 360 }}
          data-testid="vacancy-search"
        />
        {campaign && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-vacancy">{t('jobs.newVacancy')}</Button>}
      </Flex>
      <PageState query={query}>
        {(data) => (
          <Table<Vacancy>
            rowKey="id"
            data-testid="vacancies-table"
            dataSource={data.items}
            scroll={{ x: 900 }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: setPage, showTotal: (n) => t('jobs.total', { n: format.number(n) }) }}
            columns={[
              { title: t('jobs.vacancyTitle'), dataIndex: 'title', render: (title: string, v) => <RecordLink to={`/jobs/${v.id}`}>{title}</RecordLink> },
              { title: t('jobs.employer'), dataIndex: 'employerName', render: (name: string, v) => <RecordLink to={`/jobs/employers/${v.employerId}`}>{name}</RecordLink> },
              { title: t('jobs.siteName'), dataIndex: 'siteCode', render: (code: string, v) => v.siteName ?? code },
              { title: t('jobs.headcount'), dataIndex: 'headcount', align: 'right', render: (n: number) => format.number(n) },
              { title: t('jobs.wage'), key: 'wage', align: 'right', render: (_, v) => wageText(v, format.number) },
              { title: t('jobs.startDate'), dataIndex: 'startDate', render: (d: string | null) => (d ? format.date(d) : '—') },
              { title: t('employer.approval'), key: 'approval', render: (_, v) => (v.approval === 'approved' ? '—' : <ApprovalTag vacancy={v} />) },
            ]}
          />
        )}
      </PageState>
      {campaign && <VacancyForm open={creating} campaignId={campaign.id} onClose={() => setCreating(false)} onSaved={(id) => navigate(`/jobs/${id}`)} />}
    </>
  );
}

function EmployerList() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const query = useEmployers({ search, page });
  return (
    <>
      <Flex gap={12} wrap justify="space-between" style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('jobs.searchEmployers')}
          aria-label={t('jobs.searchEmployers')}
          onSearch={(value) => { setSearch(value.trim()); setPage(1); }}
          style={{ maxWidth: 360 }}
          data-testid="employer-search"
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-employer">{t('jobs.newEmployer')}</Button>
      </Flex>
      <PageState query={query}>
        {(data) => (
          <Table<EmployerRow>
            rowKey="id"
            data-testid="employers-table"
            dataSource={data.items}
            scroll={{ x: 760 }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: setPage, showTotal: (n) => t('jobs.total', { n: format.number(n) }) }}
            columns={[
              { title: t('jobs.employerName'), dataIndex: 'name', render: (name: string, e) => <RecordLink to={`/jobs/employers/${e.id}`}>{name}</RecordLink> },
              { title: t('jobs.creditCode'), dataIndex: 'creditCode', render: (code: string) => <code>{code}</code> },
              { title: t('jobs.employerRegion'), dataIndex: 'regionCode' },
              { title: t('jobs.vacancies'), dataIndex: 'vacancies', align: 'right', render: (n: number) => format.number(n) },
              { title: t('jobs.headcount'), dataIndex: 'headcount', align: 'right', render: (n: number) => format.number(n) },
            ]}
          />
        )}
      </PageState>
      <EmployerForm open={creating} onClose={() => setCreating(false)} onSaved={(id) => navigate(`/jobs/employers/${id}`)} />
    </>
  );
}
