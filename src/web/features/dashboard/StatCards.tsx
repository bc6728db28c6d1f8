// The headline figures: placed against the region's own target, registrations, priority
// share, vacancies; then the journey step by step.
import { Card, Col, Progress, Row, Statistic, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format';
import type { DashboardStats } from './dashboard.api';

export function StatCards({ stats }: { stats: DashboardStats }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { target } = stats;
  const share = stats.workers ? stats.priority / stats.workers : 0;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={8}>
        <Card>
          <Statistic
            title={t('dashboard.placed')}
            value={format.number(stats.placed)}
            suffix={target.target === null ? undefined : `/ ${format.number(target.target)}`}
            data-testid="stat-placed"
          />
          {stats.progress === null ? (
            <Typography.Text type="secondary" data-testid="no-target">{t('dashboard.noTarget')}</Typography.Text>
          ) : (
            <>
              {/* The bar stops at 100 %; the figure beside it says how far past the target a region is. */}
              <Progress
                percent={Math.round(stats.progress * 1000) / 10} status={stats.progress >= 1 ? 'success' : 'active'}
                format={() => <span data-testid="progress-text">{format.percent(stats.progress ?? 0)}</span>}
                aria-label={t('dashboard.progressOf', { region: stats.region.name })} data-testid="progress"
              />
              <Typography.Text type="secondary" data-testid="target-source">{t(`dashboard.targetSource.${target.source}`, { region: stats.region.name })}</Typography.Text>
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card>
          <Statistic title={t('dashboard.workers')} value={format.number(stats.workers)} data-testid="stat-workers" />
          <Typography.Text type="secondary">{t('dashboard.withdrawn', { count: stats.withdrawn, n: format.number(stats.withdrawn) })}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={5}>
        <Card>
          <Statistic title={t('dashboard.priority')} value={format.number(stats.priority)} data-testid="stat-priority" />
          <Progress percent={Math.round(share * 1000) / 10} size="small" aria-label={t('dashboard.priorityShare')} format={() => format.percent(share)} />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={5}>
        <Card>
          <Statistic title={t('dashboard.vacancies')} value={format.number(stats.vacancies)} data-testid="stat-vacancies" />
          <Typography.Text type="secondary">{t('dashboard.headcountSub', { n: format.number(stats.headcount) })}</Typography.Text>
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('dashboard.journey')} size="small">
          <Steps
            size="small"
            current={-1}
            data-testid="journey"
            items={stats.journey.map((j) => ({
              title: t(`dashboard.steps.${j.step}`),
              description: <span data-testid={`step-${j.step}`}>{format.number(j.reached)}</span>,
            }))}
          />
        </Card>
      </Col>
    </Row>
  );
}
