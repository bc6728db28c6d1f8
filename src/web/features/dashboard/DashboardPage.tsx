// The current campaign at a glance: registrations against the target, priority share,
// vacancies, and registrations by city. Numbers are the API's (GET …/stats).
import { Card, Col, Progress, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useFormat } from '../../components/format';
import { EmptyState, ErrorState, LoadingState, PageState } from '../../components/PageState';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { CityBars } from './CityBars';

export function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { campaign, isPending, error } = useCurrentCampaign();
  const stats = api.useQuery('get', '/api/campaigns/{id}/stats', { params: { path: { id: campaign?.id ?? '' } } }, { enabled: Boolean(campaign) });
  if (!campaign) {
    if (error) return <ErrorState error={error} />;
    return isPending ? <LoadingState /> : <EmptyState description={t('dashboard.noCampaign')} />;
  }
  return (
    <PageState query={stats}>
      {(s) => (
        <Row gutter={[16, 16]} data-testid="dashboard">
          <Col xs={24} md={12} xl={8}>
            <Card>
              <Statistic title={t('dashboard.progress')} value={format.number(s.workers)} suffix={`/ ${format.number(s.campaign.target)}`} data-testid="stat-workers" />
              <Progress percent={Math.round((s.progress ?? 0) * 1000) / 10} aria-label={t('dashboard.progress')} />
            </Card>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Card>
              <Statistic title={t('dashboard.priority')} value={format.number(s.priority)} data-testid="stat-priority" />
              <div>{t('dashboard.prioritySub', { share: format.percent(s.workers ? s.priority / s.workers : 0) })}</div>
            </Card>
          </Col>
          <Col xs={24} md={12} xl={4}>
            <Card>
              <Statistic title={t('dashboard.vacancies')} value={format.number(s.vacancies)} data-testid="stat-vacancies" />
            </Card>
          </Col>
          <Col xs={24} md={12} xl={4}>
            <Card>
              <Statistic title={t('dashboard.headcount')} value={format.number(s.headcount)} data-testid="stat-headcount" />
            </Card>
          </Col>
          <Col span={24}>
            <Card title={t('dashboard.byCity')}>
              <CityBars cities={s.byCity} />
            </Card>
          </Col>
        </Row>
      )}
    </PageState>
  );
}
