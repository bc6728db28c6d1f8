// One vacancy: what it offers and asks, and the workers proposed for it, confirmed on it
// and riding a coach to it (names and home county; identity numbers masked), within the
// officer's reach. Outside reach the API answers 404 and the page says not found.
import { EditOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Descriptions, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordLink } from './a11y';
import { isApiError } from '../../api/errors';
import { useFormat } from '../../components/format';
import { NotFound } from '../../components/NotFound';
import { PageState } from '../../components/PageState';
import { type CatalogItem, useCertificates, useIndustries, useVacancy, useVacancyWorkers, type Vacancy, type VacancyWorker } from './jobs.api';
import { useLanguage } from '../../i18n';
import { VacancyForm } from './VacancyForm';
import { ApprovalTag } from './ApprovalTag';
import { ageText, provisionKey, STAGE_BADGE, wageText } from './vacancy-text';

export function VacancyPage() {
  const { id = '' } = useParams();
  const query = useVacancy(id);
  const error: unknown = query.error;
  if (isApiError(error) && error.problem.status === 404) return <NotFound />;
  return <PageState query={query}>{(vacancy) => <VacancyView vacancy={vacancy} />}</PageState>;
}

function VacancyView({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const industries = useIndustries();
  const certificates = useCertificates();
  const name = (items: CatalogItem[] | undefined, code: string) => {
    const item = items?.find((i) => i.code === code);
    return item ? (language === 'en' ? item.en : item.zh) : code;
  };
  return (
    <Flex vertical gap={16}>
      <Card
        title={<Flex gap={8} align="center" wrap><span data-testid="vacancy-title">{vacancy.title}</span><ApprovalTag vacancy={vacancy} /></Flex>}
        extra={<Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-vacancy">{t('jobs.edit')}</Button>}
      >
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('jobs.employer')}><RecordLink to={`/jobs/employers/${vacancy.employerId}`}>{vacancy.employerName}</RecordLink></Descriptions.Item>
          <Descriptions.Item label={t('jobs.siteName')}>{vacancy.siteName ? `${vacancy.siteName}（${vacancy.siteCode}）` : vacancy.siteCode}{vacancy.siteAddress ? ` ${vacancy.siteAddress}` : ''}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.industry')}>{name(industries.data?.items, vacancy.industry)}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.headcount')}>{format.number(vacancy.headcount)}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.wage')}>{wageText(vacancy, format.number)}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.age')}>{ageText(vacancy, t('jobs.anyAge'))}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.certificates')}>{vacancy.certificates.length ? vacancy.certificates.map((c) => <Tag key={c}>{name(certificates.data?.items, c)}</Tag>) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.contact')}>{[vacancy.contactName, vacancy.contactPhoneMasked].filter(Boolean).join(' · ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('jobs.startDate')}>{vacancy.startDate ? format.date(vacancy.startDate) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('employer.accommodation')}>{t(provisionKey('accommodation', vacancy.accommodation))}</Descriptions.Item>
          <Descriptions.Item label={t('employer.meals')}>{t(provisionKey('meals', vacancy.meals))}</Descriptions.Item>
        </Descriptions>
      </Card>
      <VacancyWorkers id={vacancy.id} />
      <VacancyForm open={editing} campaignId={vacancy.campaignId} vacancy={vacancy} onClose={() => setEditing(false)} />
    </Flex>
  );
}

function VacancyWorkers({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useVacancyWorkers(id);
  return (
    <Card title={t('jobs.people')}>
      <PageState query={query}>
        {(data) => (
          <>
            <Flex gap={32} wrap style={{ marginBottom: 16 }} data-testid="vacancy-counts">
              {(['proposed', 'confirmed', 'onTrip'] as const).map((stage) => (
                <Statistic key={stage} title={t(`jobs.stage.${stage}`)} value={format.number(data.counts[stage])} />
              ))}
            </Flex>
            <Table<VacancyWorker>
              rowKey="workerId"
              size="small"
              data-testid="vacancy-workers"
              dataSource={data.items}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: <Typography.Text type="secondary">{t('jobs.noPeople')}</Typography.Text> }}
              scroll={{ x: 720 }}
              columns={[
                { title: t('jobs.personName'), dataIndex: 'name', render: (n: string, w) => <RecordLink to={`/workers/${w.workerId}`}>{n}</RecordLink> },
                { title: t('jobs.county'), dataIndex: 'county' },
                { title: t('jobs.idMasked'), dataIndex: 'idMasked', render: (v: string) => <code>{v}</code> },
                { title: t('jobs.stageLabel'), dataIndex: 'stage', render: (s: VacancyWorker['stage']) => <Badge status={STAGE_BADGE[s]} text={t(`jobs.stage.${s}`)} /> },
                { title: t('jobs.trip'), key: 'trip', render: (_, w) => (w.tripNumber ? `${w.tripNumber}${w.departureDate ? ` · ${format.date(w.departureDate)}` : ''}` : '—') },
              ]}
            />
          </>
        )}
      </PageState>
    </Card>
  );
}
