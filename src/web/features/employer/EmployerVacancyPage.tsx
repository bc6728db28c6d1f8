// One of the employer's vacancies: its terms and approval, the workers proposed and
// confirmed (age, home county, certificates; identity numbers and phones masked), a
// confirm or a decline with a reason for each proposed one, which coach brings whom and
// when it is expected at the site, and the confirmed list as a spreadsheet.
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Descriptions, Flex, Form, Input, Modal, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError, messageOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { NotFound } from '../../components/NotFound';
import { EmptyState, PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { ApprovalTag } from '../jobs/ApprovalTag';
import { type CatalogItem, useCertificates, useIndustries, useVacancy, useVacancyWorkers, type Vacancy, type VacancyWorker } from '../jobs/jobs.api';
import { VacancyForm } from '../jobs/VacancyForm';
import { ageText, provisionKey, STAGE_BADGE, wageText } from '../jobs/vacancy-text';
import { confirmedXlsxUrl, handoverUrl, useDecision } from './employer.api';

export function EmployerVacancyPage() {
  const { id = '' } = useParams();
  const query = useVacancy(id);
  const error: unknown = query.error;
  if (isApiError(error) && error.problem.status === 404) return <NotFound />;
  return <PageState query={query}>{(vacancy) => <VacancyView vacancy={vacancy} />}</PageState>;
}

function useCatalogName() {
  const language = useLanguage();
  return (items: CatalogItem[] | undefined, code: string) => {
    const item = items?.find((i) => i.code === code);
    return item ? (language === 'en' ? item.en : item.zh) : code;
  };
}

function VacancyView({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const industries = useIndustries();
  const certificates = useCertificates();
  const name = useCatalogName();
  return (
    <Flex vertical gap={16}>
      <Card
        title={<Flex gap={8} align="center" wrap><span data-testid="vacancy-title">{vacancy.title}</span><ApprovalTag vacancy={vacancy} /></Flex>}
        extra={<Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-vacancy">{t('jobs.edit')}</Button>}
      >
        {vacancy.approval === 'pending' && <Alert type="info" showIcon title={t('employer.pendingHint')} style={{ marginBottom: 16 }} />}
        {vacancy.approval === 'rejected' && (
          <Alert
            type="warning" showIcon role="alert" style={{ marginBottom: 16 }} data-testid="rejected-reason"
            title={t('employer.rejectedBecause', { reason: vacancy.approvalReason ?? '—' })} description={t('employer.rejectedHint')}
          />
        )}
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="vacancy-terms">
          <Descriptions.Item label={t('jobs.siteName')}>{[vacancy.siteName ?? vacancy.siteCode, vacancy.siteAddress].filter(Boolean).join(' ')}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.industry')}>{name(industries.data?.items, vacancy.industry)}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.headcount')}>{format.number(vacancy.headcount)}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.wage')}>{wageText(vacancy, format.number)}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.age')}>{ageText(vacancy, t('jobs.anyAge'))}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.startDate')}>{vacancy.startDate ? format.date(vacancy.startDate) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('employer.accommodation')}>{t(provisionKey('accommodation', vacancy.accommodation))}</Descriptions.Item>
          <Descriptions.Item label={t('employer.meals')}>{t(provisionKey('meals', vacancy.meals))}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.certificates')}>{vacancy.certificates.length ? vacancy.certificates.map((c) => <Tag key={c}>{name(certificates.data?.items, c)}</Tag>) : '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Workers vacancy={vacancy} />
      {editing && <VacancyForm open campaignId={vacancy.campaignId} vacancy={vacancy} onClose={() => setEditing(false)} />}
    </Flex>
  );
}

function Workers({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const { message } = App.useApp();
  const query = useVacancyWorkers(vacancy.id);
  const certificates = useCertificates();
  const name = useCatalogName();
  const decision = useDecision();
  const [declining, setDeclining] = useState<VacancyWorker | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  const decide = (worker: VacancyWorker, confirm: boolean, reason?: string) => {
    setBusy(worker.workerId);
    decision.mutate({ params: { path: { id: vacancy.id, workerId: worker.workerId } }, body: { confirm, reason } }, {
      onSuccess: () => {
        void message.success(t(confirm ? 'employer.confirmedDone' : 'employer.declinedDone', { name: worker.name }));
        setDeclining(undefined);
      },
      onError: (error) => void message.error(messageOf(error, language).message),
      onSettled: () => setBusy(undefined),
    });
  };

  const coach = (w: VacancyWorker) => {
    if (!w.tripNumber) return <Typography.Text type="secondary">{t('employer.noCoach')}</Typography.Text>;
    return (
      <Space direction="vertical" size={0} data-testid="coach-cell">
        <span>{t('employer.coachLine', { number: w.tripNumber, date: w.departureDate ? format.date(w.departureDate) : '—', seat: w.seat ?? '—' })}</span>
        {w.boardingAt && <Typography.Text type="secondary">{t('employer.boarding', { place: w.boardingAt, time: w.boardingTime ?? '' })}</Typography.Text>}
        {w.expectedArrival && <Typography.Text strong>{t('employer.arrival', { time: w.expectedArrival })}</Typography.Text>}
        {/* The arrivals desk is the check-in PWA's own bundle: a page load, not a route. */}
        {w.tripId && w.departureDate && (
          <a href={handoverUrl(w.tripId, w.departureDate)} title={t('employer.handoverHint')} data-testid="handover-link">{t('employer.handover')}</a>
        )}
      </Space>
    );
  };

  return (
    <Card
      title={t('employer.workers')}
      extra={
        <Button icon={<DownloadOutlined />} href={confirmedXlsxUrl(vacancy.id)} download data-testid="download-confirmed">
          {t('employer.download')}
        </Button>
      }
    >
      <PageState query={query}>
        {(data) => (
          <>
            <Flex gap={32} wrap style={{ marginBottom: 16 }} data-testid="vacancy-counts">
              <Statistic title={t('employer.proposed')} value={format.number(data.counts.proposed)} />
              <Statistic title={t('employer.confirmed')} value={format.number(data.counts.confirmed + data.counts.onTrip)} />
              <Statistic title={t('employer.onTrip')} value={format.number(data.counts.onTrip)} />
            </Flex>
            {data.items.length === 0 ? (
              <EmptyState description={t('employer.noWorkers')} />
            ) : (
              <Table<VacancyWorker>
                rowKey="workerId"
                size="small"
                data-testid="vacancy-workers"
                dataSource={data.items}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
                scroll={{ x: 1180 }}
                columns={[
                  { title: t('jobs.personName'), dataIndex: 'name', fixed: 'left', width: 96 },
                  { title: t('employer.age'), dataIndex: 'age', width: 64, render: (n: number) => t('employer.ageYears', { n }) },
                  { title: t('jobs.county'), dataIndex: 'county', width: 96 },
                  {
                    title: t('employer.heldCertificates'), dataIndex: 'certificates', width: 160,
                    render: (codes: string[]) => (codes.length ? codes.map((c) => <Tag key={c}>{name(certificates.data?.items, c)}</Tag>) : '—'),
                  },
                  { title: t('jobs.idMasked'), dataIndex: 'idMasked', width: 170, render: (v: string) => <code>{v}</code> },
                  { title: t('employer.phoneMasked'), dataIndex: 'phoneMasked', width: 130, render: (v: string | null) => (v ? <code>{v}</code> : '—') },
                  { title: t('jobs.stageLabel'), dataIndex: 'stage', width: 96, render: (s: VacancyWorker['stage']) => <Badge status={STAGE_BADGE[s]} text={t(`jobs.stage.${s}`)} /> },
                  { title: t('employer.coach'), key: 'coach', width: 240, render: (_, w) => coach(w) },
                  {
                    title: t('employer.actions'), key: 'actions', width: 170, fixed: 'right',
                    render: (_, w) => w.stage === 'proposed' && (
                      <Space>
                        <Button size="small" type="primary" loading={busy === w.workerId && !declining} onClick={() => decide(w, true)} data-testid="confirm-worker">
                          {t('employer.confirm')}
                        </Button>
                        <Button size="small" danger onClick={() => setDeclining(w)} data-testid="decline-worker">{t('employer.decline')}</Button>
                      </Space>
                    ),
                  },
                ]}
              />
            )}
          </>
        )}
      </PageState>
      {declining && (
        <ReasonModal
          title={t('employer.declineTitle', { name: declining.name })}
          label={t('employer.declineReason')}
          hint={t('employer.declineHint')}
          okText={t('employer.decline')}
          busy={decision.isPending}
          onCancel={() => setDeclining(undefined)}
          onSubmit={(reason) => decide(declining, false, reason)}
        />
      )}
    </Card>
  );
}

type ReasonProps = { title: string; label: string; hint?: string; okText: string; busy: boolean; onCancel: () => void; onSubmit: (reason: string) => void };

/** A required reason in a dialog: declining a worker, rejecting a vacancy. */
export function ReasonModal({ title, label, hint, okText, busy, onCancel, onSubmit }: ReasonProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      okText={okText}
      cancelText={t('employer.cancel')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'reason-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.reason.trim())} data-testid="reason-form">
        <Form.Item name="reason" label={label} extra={hint} rules={[{ required: true, whitespace: true, message: t('employer.reasonRequired') }]}>
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
