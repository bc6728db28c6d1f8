// One employer: its registration (credit code, region) and its vacancies in reach.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RecordLink } from './a11y';
import { isApiError } from '../../api/errors';
import { useFormat } from '../../components/format';
import { NotFound } from '../../components/NotFound';
import { PageState } from '../../components/PageState';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { EmployerGrievanceCounts } from '../grievances/WorkerGrievances';
import { EmployerForm } from './EmployerForm';
import { type Employer, PAGE_SIZE, useEmployer, useVacancies, type Vacancy } from './jobs.api';
import { VacancyForm } from './VacancyForm';
import { wageText } from './vacancy-text';

export function EmployerPage() {
  const { id = '' } = useParams();
  const query = useEmployer(id);
  const error: unknown = query.error;
  if (isApiError(error) && error.problem.status === 404) return <NotFound />;
  return <PageState query={query}>{(employer) => <EmployerView employer={employer} />}</PageState>;
}

function EmployerView({ employer }: { employer: Employer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { campaign } = useCurrentCampaign();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [page, setPage] = useState(1);
  const vacancies = useVacancies({ employer: employer.id, page });
  return (
    <Flex vertical gap={16}>
      <Card
        title={<span data-testid="employer-name">{employer.name}</span>}
        extra={<Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-employer">{t('jobs.edit')}</Button>}
      >
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('jobs.creditCode')}><code data-testid="employer-credit-code">{employer.creditCode}</code></Descriptions.Item>
          <Descriptions.Item label={t('jobs.employerRegion')}>{employer.regionName ? `${employer.regionName}（${employer.regionCode}）` : employer.regionCode}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.vacancies')}>{format.number(employer.vacancies)}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.headcount')}>{format.number(employer.headcount)}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.updatedAt')}>{format.dateTime(employer.updatedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('grievances.counts')}><EmployerGrievanceCounts employerId={employer.id} /></Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('jobs.vacancies')}
        extra={campaign && <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('jobs.newVacancy')}</Button>}
      >
        <PageState query={vacancies}>
          {(data) => (
            <Table<Vacancy>
              rowKey="id"
              size="small"
              dataSource={data.items}
              scroll={{ x: 640 }}
              pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage }}
              columns={[
                { title: t('jobs.vacancyTitle'), dataIndex: 'title', render: (title: string, v) => <RecordLink to={`/jobs/${v.id}`}>{title}</RecordLink> },
                { title: t('jobs.siteName'), dataIndex: 'siteCode', render: (code: string, v) => v.siteName ?? code },
                { title: t('jobs.headcount'), dataIndex: 'headcount', align: 'right', render: (n: number) => format.number(n) },
                { title: t('jobs.wage'), key: 'wage', align: 'right', render: (_, v) => wageText(v, format.number) },
              ]}
            />
          )}
        </PageState>
      </Card>
      <EmployerForm open={editing} employer={employer} onClose={() => setEditing(false)} />
      {campaign && <VacancyForm open={adding} campaignId={campaign.id} employerId={employer.id} onClose={() => setAdding(false)} onSaved={(id) => navigate(`/jobs/${id}`)} />}
    </Flex>
  );
}
