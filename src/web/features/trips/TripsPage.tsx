// Trips: pick a departure day, plan it (or re-plan: people who are fine keep coach and
// seat), see its coaches as a list and on a map, open a coach for its route, seat plan,
// passengers and documents.
import { CarOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/errors';
import { useChinaMap } from '../../components/china-map';
import { useFormat } from '../../components/format';
import { EmptyState, ErrorState, LoadingState, PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { CoachDetail } from './CoachDetail';
import { TripMap } from './TripMap';
import { type PlanSummary, type Trip, useDayTrips, usePlanDay } from './trips.api';
import { TAG } from '../allocation/tag-colors';

const DAY = 'YYYY-MM-DD';

function PlanResult({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Typography.Paragraph data-testid="plan-result" style={{ margin: '12px 0 0' }}>
      {t('trips.planned', {
        coaches: format.number(plan.coaches), passengers: format.number(plan.passengers), km: format.number(plan.km),
        naive: format.number(plan.naive.coaches), bound: format.number(plan.lowerBoundCoaches),
      })}
      {plan.unplanned.length > 0 && <Tag color={TAG.orange} style={{ marginLeft: 8 }}>{t('trips.unplanned', { count: plan.unplanned.length })}</Tag>}
    </Typography.Paragraph>
  );
}

export function TripsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const { message } = App.useApp();
  const { campaign, isPending, error } = useCurrentCampaign();
  const [date, setDate] = useState<string>();
  const [spacing, setSpacing] = useState<'normal' | 'alternate'>('normal');
  const [picked, setPicked] = useState<string>();
  const [plan, setPlan] = useState<PlanSummary>();
  const day = date ?? campaign?.startDate;
  const trips = useDayTrips(campaign?.id ?? '', day);
  const planDay = usePlanDay();
  const map = useChinaMap();
  useEffect(() => setPicked(undefined), [day]);

  if (!campaign || !day) {
    if (error) return <ErrorState error={error} />;
    return isPending ? <LoadingState /> : <EmptyState description={t('dashboard.noCampaign')} />;
  }
  const onPlan = () => planDay.mutate({ params: { path: { id: campaign.id } }, body: { date: day, spacing } }, {
    onSuccess: (data) => setPlan(data),
    onError: (e) => void message.error(messageOf(e, language).message),
  });
  const items = trips.data?.items ?? [];
  const selected = items.find((trip) => trip.id === picked)?.id ?? items[0]?.id;

  return (
    <Flex vertical gap={16} data-testid="trips-page">
      <Card>
        <Space wrap align="center">
          <label htmlFor="trips-date">{t('trips.date')}</label>
          <DatePicker
            id="trips-date"
            value={dayjs(day, DAY)}
            allowClear={false}
            onChange={(value: Dayjs | null) => { if (value) { setDate(value.format(DAY)); setPlan(undefined); } }}
            data-testid="trips-date"
          />
          <Select<'normal' | 'alternate'>
            value={spacing}
            onChange={setSpacing}
            aria-label={t('trips.spacing')}
            style={{ width: 160 }}
            options={[{ value: 'normal', label: t('trips.spacings.normal') }, { value: 'alternate', label: t('trips.spacings.alternate') }]}
          />
          <Button type="primary" icon={<CarOutlined />} onClick={onPlan} loading={planDay.isPending} data-testid="plan-day">
            {items.length > 0 ? t('trips.replan') : t('trips.plan')}
          </Button>
        </Space>
        {plan && <PlanResult plan={plan} />}
      </Card>
      <PageState query={trips} isEmpty={(d) => d.items.length === 0} empty={<Card><EmptyState description={t('trips.noTrips', { date: format.date(day) })} /></Card>}>
        {(data) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <Card title={t('trips.coaches', { count: data.items.length })} styles={{ body: { padding: 0 } }}>
                <Table<Trip>
                  rowKey="id"
                  size="small"
                  data-testid="coaches-table"
                  dataSource={data.items}
                  pagination={{ pageSize: 8, hideOnSinglePage: true }}
                  rowSelection={{
                    type: 'radio', selectedRowKeys: selected ? [selected] : [], onChange: (keys) => setPicked(String(keys[0])),
                    getCheckboxProps: (trip) => ({ 'aria-label': t('trips.pickCoach', { number: trip.number }) }),
                  }}
                  onRow={(trip) => ({ onClick: () => setPicked(trip.id) })}
                  columns={[
                    { title: t('trips.number'), dataIndex: 'number' },
                    { title: t('trips.route'), key: 'route', ellipsis: true, render: (_, trip) => trip.stops.map((s) => s.name).join(' → ') },
                    { title: t('trips.riders'), key: 'riders', align: 'right', render: (_, trip) => `${format.number(trip.riders)}/${format.number(trip.capacity)}` },
                    { title: t('trips.departs'), key: 'departs', render: (_, trip) => trip.stops[0]?.eta ?? '' },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={14}>
              <Card title={t('trips.map')}>
                <TripMap trips={data.items} selected={selected} withMap={map.ready} />
              </Card>
            </Col>
            {selected && <Col span={24}><CoachDetail tripId={selected} /></Col>}
          </Row>
        )}
      </PageState>
    </Flex>
  );
}
