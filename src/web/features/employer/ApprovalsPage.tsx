// The provincial officers' queue of vacancies employers posted or edited: each with its
// terms, approved with one click or rejected with a reason the employer then sees. Both
// are audited by the server; only approved vacancies take part in allocation.
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { EmptyState, PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { RecordLink } from '../jobs/a11y';
import { ageText, provisionKey, wageText } from '../jobs/vacancy-text';
import { type PendingVacancy, useApprovalQueue, useReview } from './employer.api';
import { ReasonModal } from './EmployerVacancyPage';

export function ApprovalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const { message } = App.useApp();
  const query = useApprovalQueue();
  const review = useReview();
  const [rejecting, setRejecting] = useState<PendingVacancy | undefined>();

  const decide = (vacancy: PendingVacancy, approve: boolean, reason?: string) => {
    review.mutate({ params: { path: { id: vacancy.id } }, body: { approve, reason } }, {
      onSuccess: () => {
        void message.success(t(approve ? 'employer.approvedDone' : 'employer.rejectedDone', { title: vacancy.title }));
        setRejecting(undefined);
      },
      onError: (error) => void message.error(messageOf(error, language).message),
    });
  };

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('employer.queueHint')}</Typography.Paragraph>
      <PageState query={query} isEmpty={(data) => data.items.length === 0} empty={<EmptyState description={<span data-testid="no-pending">{t('employer.noPending')}</span>} />}>
        {(data) => (
          <Table<PendingVacancy>
            rowKey="id"
            data-testid="approval-queue"
            dataSource={data.items}
            scroll={{ x: 1100 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: t('jobs.vacancyTitle'), dataIndex: 'title', render: (title: string, v) => <RecordLink to={`/jobs/${v.id}`}>{title}</RecordLink> },
              { title: t('jobs.employer'), dataIndex: 'employerName' },
              { title: t('jobs.siteName'), dataIndex: 'siteCode', render: (code: string, v) => [v.siteName ?? code, v.siteAddress].filter(Boolean).join(' ') },
              { title: t('jobs.headcount'), dataIndex: 'headcount', align: 'right', render: (n: number) => format.number(n) },
              { title: t('jobs.wage'), key: 'wage', align: 'right', render: (_, v) => wageText(v, format.number) },
              { title: t('jobs.age'), key: 'age', render: (_, v) => ageText(v, t('jobs.anyAge')) },
              {
                title: `${t('employer.accommodation')} / ${t('employer.meals')}`, key: 'conditions',
                render: (_, v) => <Space size={4} wrap><Tag>{t(provisionKey('accommodation', v.accommodation))}</Tag><Tag>{t(provisionKey('meals', v.meals))}</Tag></Space>,
              },
              {
                title: t('employer.actions'), key: 'actions', fixed: 'right', width: 170,
                render: (_, v) => (
                  <Space>
                    <Button size="small" type="primary" loading={review.isPending && !rejecting} onClick={() => decide(v, true)} data-testid="approve-vacancy">{t('employer.approve')}</Button>
                    <Button size="small" danger onClick={() => setRejecting(v)} data-testid="reject-vacancy">{t('employer.reject')}</Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </PageState>
      {rejecting && (
        <ReasonModal
          title={t('employer.rejectTitle', { title: rejecting.title })}
          label={t('employer.rejectReason')}
          okText={t('employer.reject')}
          busy={review.isPending}
          onCancel={() => setRejecting(undefined)}
          onSubmit={(reason) => decide(rejecting, false, reason)}
        />
      )}
    </Card>
  );
}
