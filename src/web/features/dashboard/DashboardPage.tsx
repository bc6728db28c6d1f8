// The current campaign for the officer's region (or a region inside it, picked in the
// cascader): placed against that region's own target, the journey, the regions below,
// where people go, industries, priority share and the daily trend. Numbers are the API's
// (GET /api/campaigns/{id}/stats), which the worker list and the CLI agree with.
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/session';
import { EmptyState, ErrorState, LoadingState, PageState } from '../../components/PageState';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { AreaBars, DailyTrend, IndustryBars } from './Charts';
import { useDashboardStats } from './dashboard.api';
import { FlowMap } from './FlowMap';
import { RegionFilter } from './RegionFilter';
import { StatCards } from './StatCards';

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useUser();
  const { campaign, isPending, error } = useCurrentCampaign();
  const [region, setRegion] = useState<string | undefined>();
  const stats = useDashboardStats(campaign?.id, region);
  if (!campaign) {
    if (error) return <ErrorState error={error} />;
    return isPending ? <LoadingState /> : <EmptyState description={t('dashboard.noCampaign')} />;
  }
  const scopePrefix = me.scope.kind === 'region' ? me.scope.prefix : '';
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="dashboard-region">
          {stats.data ? t('dashboard.heading', { campaign: campaign.name, region: stats.data.region.name }) : campaign.name}
        </Typography.Title>
        <RegionFilter scopePrefix={scopePrefix} scopeName={me.region?.name ?? t('dashboard.country')} value={region} onChange={setRegion} />
      </Flex>
      <PageState query={stats}>
        {(s) => (
          <Flex vertical gap={16} data-testid="dashboard">
            <StatCards stats={s} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Card title={t('dashboard.byArea')} size="small"><AreaBars areas={s.byArea} /></Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title={t('dashboard.daily')} size="small"><DailyTrend days={s.daily} /></Card>
              </Col>
              <Col xs={24} xl={14}>
                <Card title={t('dashboard.flows')} size="small"><FlowMap flows={s.flows} basis={s.flowBasis} /></Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card title={t('dashboard.industries')} size="small"><IndustryBars workers={s.workersByIndustry} vacancies={s.byIndustry} /></Card>
              </Col>
            </Row>
          </Flex>
        )}
      </PageState>
    </Flex>
  );
}
