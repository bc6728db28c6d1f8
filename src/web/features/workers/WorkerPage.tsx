// One worker: details with masked numbers (the full ones only for roles that may see
// them, each showing audited), the journey as a timeline, recommended vacancies with
// their reasons, and the actions: correct, withdraw. A worker outside the officer's
// region answers 404 and shows the not-found page, as an unknown id does.
import { App, Button, Card, Col, Descriptions, Empty, Flex, Input, List, Modal, Row, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError, messageOf } from '../../api/errors';
import { useUser } from '../../app/session';
import { useFormat } from '../../components/format';
import { NotFound } from '../../components/NotFound';
import { LoadingState, PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { WorkerGrievances } from '../grievances/WorkerGrievances';
import { ReadableErrors, RecordLink } from '../jobs/a11y';
import { useCertificates, useIndustries } from '../jobs/jobs.api';
import { CorrectForm } from './CorrectForm';
import { StepTag } from './StepTag';
import { type Recommendations, type Worker, type WorkerEvent, useRecommendations, useWorker, useWorkerActions, useWorkerEvents } from './workers.api';

// Province and county officers (and administrators) may see full numbers; city officers may not.
const REVEALERS = new Set(['admin', 'province', 'county']);

export function WorkerPage() {
  const { id = '' } = useParams();
  const query = useWorker(id);
  const error: unknown = query.error;
  if (isApiError(error) && error.problem.status === 404) return <NotFound />;
  return (
    <PageState query={query}>
      {(worker) => <WorkerView worker={worker} />}
    </PageState>
  );
}

function WorkerView({ worker }: { worker: Worker }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const me = useUser();
  const { modal, message } = App.useApp();
  const { reveal, withdraw } = useWorkerActions();
  const [revealed, setRevealed] = useState<{ idNumber: string; phone: string | null } | undefined>();
  const [correcting, setCorrecting] = useState(false);
  const failed = (error: unknown) => void message.error(messageOf(error, language).message);

  const confirmWithdraw = () => {
    let reason = '';
    modal.confirm({
      title: t('workers.withdrawTitle'),
      content: (
        <Flex vertical gap={8}>
          <Typography.Text>{t('workers.withdrawHint')}</Typography.Text>
          <Input aria-label={t('workers.withdrawReason')} placeholder={t('workers.withdrawReason')} maxLength={200} onChange={(e) => { reason = e.target.value; }} data-testid="withdraw-reason" />
        </Flex>
      ),
      okText: t('workers.withdraw'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'withdraw-confirm' } },
      onOk: () => withdraw.mutateAsync({ params: { path: { id: worker.id } }, body: { reason } })
        .then(() => void message.success(t('workers.withdrawnOk')), failed),
    });
  };

  const industries = useIndustries();
  const certificates = useCertificates();
  // Codes shown by their catalogue names (destinations are region codes, shown as they are).
  const nameOf = (items: { code: string; zh: string; en: string }[] | undefined) => (code: string) => {
    const item = items?.find((i) => i.code === code);
    return item ? (language === 'en' ? item.en : item.zh) : code;
  };
  const list = (codes: string[], name: (code: string) => string = (c) => c) => (codes.length > 0 ? codes.map((c) => <Tag key={c}>{name(c)}</Tag>) : t('workers.any'));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card
          title={<span data-testid="worker-name">{worker.name}</span>}
          extra={(
            <ReadableErrors>
            <Flex gap={8} wrap>
              {REVEALERS.has(me.role) && !revealed && (
                <Button
                  title={t('workers.revealHint')}
                  loading={reveal.isPending}
                  onClick={() => reveal.mutate({ params: { path: { id: worker.id } } }, { onSuccess: setRevealed, onError: failed })}
                  data-testid="reveal"
                >{t('workers.reveal')}</Button>
              )}
              <Button onClick={() => setCorrecting(true)} data-testid="correct">{t('workers.correct')}</Button>
              <Button danger disabled={worker.status === 'withdrawn'} onClick={confirmWithdraw} data-testid="withdraw">{t('workers.withdraw')}</Button>
            </Flex>
            </ReadableErrors>
          )}
        >
          <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="worker-details">
            <Descriptions.Item label={t('workers.idNumber')}><code data-testid="worker-id-number">{revealed?.idNumber ?? worker.idMasked}</code></Descriptions.Item>
            <Descriptions.Item label={t('workers.phone')}><span data-testid="worker-phone">{revealed ? (revealed.phone ?? '—') : (worker.phoneMasked ?? '—')}</span></Descriptions.Item>
            <Descriptions.Item label={t('workers.county')}>{worker.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('workers.age')}>{t('workers.ageYears', { n: worker.age })} · {t(worker.gender === 'male' ? 'workers.male' : 'workers.female')}</Descriptions.Item>
            <Descriptions.Item label={t('workers.priority')}>{worker.priority ? t('workers.yes') : t('workers.no')}</Descriptions.Item>
            <Descriptions.Item label={t('workers.status')}><span data-testid="worker-status"><StepTag step={worker.status} /></span></Descriptions.Item>
            <Descriptions.Item label={t('workers.industries')}>{list(worker.industries, nameOf(industries.data?.items))}</Descriptions.Item>
            <Descriptions.Item label={t('workers.destinations')}>{list(worker.destinations)}</Descriptions.Item>
            <Descriptions.Item label={t('workers.certificates')}>{list(worker.certificates, nameOf(certificates.data?.items))}</Descriptions.Item>
            <Descriptions.Item label={t('workers.minWage')}><span data-testid="worker-min-wage">{worker.minWage > 0 ? format.number(worker.minWage) : t('workers.any')}</span></Descriptions.Item>
            <Descriptions.Item label={t('workers.registeredAt')}>{format.dateTime(worker.registeredAt)}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('workers.recommendations')} style={{ marginTop: 16 }}>
          <RecommendationList id={worker.id} />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('workers.journey')}>
          <Journey id={worker.id} />
        </Card>
        <Card title={t('grievances.workerGrievances')} style={{ marginTop: 16 }}>
          <WorkerGrievances workerId={worker.id} canFile={worker.status !== 'withdrawn'} />
        </Card>
      </Col>
      <CorrectForm open={correcting} worker={worker} onClose={() => setCorrecting(false)} />
    </Row>
  );
}

function Journey({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useWorkerEvents(id);
  return (
    <PageState query={query} isEmpty={(d) => d.items.length === 0} empty={<Empty description={t('workers.noEvents')} />}>
      {(data) => (
        <Timeline
          data-testid="journey"
          items={data.items.map((e: WorkerEvent) => ({
            key: e.id,
            children: (
              <Flex vertical gap={2}>
                <span><StepTag step={e.type} /> {format.dateTime(e.at)}</span>
                <Typography.Text type="secondary">{t('workers.actor')} {e.actor}{typeof e.data.reason === 'string' && e.data.reason ? ` · ${e.data.reason}` : ''}{grievanceDetail(e, t)}</Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
    </PageState>
  );
}

/** A grievance step in the journey: its category when filed, the state it moved to. */
function grievanceDetail(e: WorkerEvent, t: ReturnType<typeof useTranslation>['t']): string {
  if (e.type === 'grievance_filed' && typeof e.data.category === 'string') return ` · ${t(`grievances.categories.${e.data.category}` as 'grievances.categories.other')}`;
  if (e.type === 'grievance_state' && typeof e.data.to === 'string') return ` · ${t(`grievances.states.${e.data.to}` as 'grievances.states.closed')}`;
  return '';
}

function RecommendationList({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const query = useRecommendations(id);
  if (query.isPending) return <LoadingState />;
  const text = (b: { zh: string; en: string }) => (language === 'en' ? b.en : b.zh);
  return (
    <PageState query={query}>
      {(data: Recommendations) => (data.items.length === 0 ? (
        <Flex vertical gap={8}>
          <Empty description={t('workers.noRecommendations')} />
          {data.exclusions.length > 0 && (
            <List size="small" header={t('workers.excluded')} dataSource={data.exclusions} renderItem={(x) => <List.Item>{text(x.reason)} · {t('common.person', { count: x.count })}</List.Item>} />
          )}
        </Flex>
      ) : (
        <List
          data-testid="recommendations"
          dataSource={data.items}
          renderItem={(item, index) => (
            <List.Item>
              <List.Item.Meta
                title={<RecordLink to={`/jobs/${item.job}`}>{t('workers.vacancy')} {index + 1}{item.siteCode ? ` · ${item.siteCode}` : ''}</RecordLink>}
                description={(
                  <>
                    {item.reasons.map(text).join('；')}
                    {item.warning && <div><Tag color="red" data-testid="recommendation-warning">{text(item.warning)}</Tag></div>}
                  </>
                )}
              />
              <span>{t('workers.score')} {format.number(item.score)}</span>
            </List.Item>
          )}
        />
      ))}
    </PageState>
  );
}
