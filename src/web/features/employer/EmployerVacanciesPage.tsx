// An employer's own vacancies: where each stands with the bureau (waiting, approved, or
// rejected and why), how many people are proposed, confirmed and on a coach; new ones are
// posted from here into a campaign the employer takes part in.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUser } from '../../app/session';
import { useFormat } from '../../components/format';
import { EmptyState, PageState } from '../../components/PageState';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { RecordLink } from '../jobs/a11y';
import { ApprovalTag } from '../jobs/ApprovalTag';
import { VacancyForm } from '../jobs/VacancyForm';
import { wageText } from '../jobs/vacancy-text';
import { type OwnVacancy, PAGE_SIZE, useOwnVacancies } from './employer.api';

export function EmployerVacanciesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const user = useUser();
  const employerId = user.scope.kind === 'employer' ? user.scope.employerId : '';
  const { campaign, campaigns } = useCurrentCampaign();
  const [page, setPage] = useState(1);
  const [posting, setPosting] = useState(false);
  const query = useOwnVacancies({ page });
  return (
    <Card>
      <Flex gap={12} wrap justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('employer.pendingHint')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} disabled={campaigns.length === 0} onClick={() => setPosting(true)} data-testid="post-vacancy">
          {t('employer.postVacancy')}
        </Button>
      </Flex>
      {campaigns.length === 0 && <Alert type="info" showIcon title={t('employer.noCampaign')} style={{ marginBottom: 16 }} />}
      <PageState
        query={query}
        isEmpty={(data) => data.total === 0}
        empty={<EmptyState description={t('employer.noVacancies')} />}
      >
        {(data) => (
          <Table<OwnVacancy>
            rowKey="id"
            data-testid="own-vacancies"
            dataSource={data.items}
            scroll={{ x: 960 }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: setPage, showTotal: (n) => t('employer.total', { n: format.number(n) }) }}
            columns={[
              { title: t('jobs.vacancyTitle'), dataIndex: 'title', render: (title: string, v) => <RecordLink to={`/portal/${v.id}`}>{title}</RecordLink> },
              { title: t('employer.approval'), key: 'approval', render: (_, v) => <ApprovalTag vacancy={v} /> },
              { title: t('jobs.siteName'), dataIndex: 'siteCode', render: (code: string, v) => v.siteName ?? code },
              { title: t('jobs.headcount'), dataIndex: 'headcount', align: 'right', render: (n: number) => format.number(n) },
              { title: t('jobs.wage'), key: 'wage', align: 'right', render: (_, v) => wageText(v, format.number) },
              { title: t('employer.proposed'), key: 'proposed', align: 'right', render: (_, v) => format.number(v.people.proposed) },
              { title: t('employer.confirmed'), key: 'confirmed', align: 'right', render: (_, v) => format.number(v.people.confirmed + v.people.onTrip) },
              { title: t('employer.onTrip'), key: 'onTrip', align: 'right', render: (_, v) => format.number(v.people.onTrip) },
              { title: t('jobs.startDate'), dataIndex: 'startDate', render: (d: string | null) => (d ? format.date(d) : '—') },
            ]}
          />
        )}
      </PageState>
      {posting && (
        <VacancyForm
          open
          campaignId={campaign?.id ?? ''}
          campaigns={campaigns}
          employerId={employerId}
          onClose={() => setPosting(false)}
          onSaved={(id) => navigate(`/portal/${id}`)}
        />
      )}
    </Card>
  );
}
