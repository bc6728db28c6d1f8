// Departure day: the live board of every gathering point and coach in the officer's
// reach (fed by server-sent events), the reconciliation beside it, and a drill-down from
// any count to the people, where a no-show is rebooked or taken off.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG } from '../allocation/tag-colors';
import { useFormat } from '../../components/format';
import { EmptyState, ErrorState, LoadingState, PageState } from '../../components/PageState';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { type Board, type BoardPoint, type PassengerState, reconciliationUrl, STATE_ORDER, useBoard, useLiveBoard, useReconciliation } from './departure.api';
import { PassengersDrawer } from './PassengersDrawer';

const DAY = 'YYYY-MM-DD';
const SHOWN: readonly PassengerState[] = ['expected', 'checked_in', 'refused', 'departed', 'no_show', 'arrived', 'absent_at_arrival'];
type Row = { key: string; label: string; passengers: number; counts: Board['counts']; overdue: number; tripId?: string; children?: Row[] };
export type Drill = { state?: PassengerState; trip?: string; overdue?: boolean; label: string };

function rowsOf(points: BoardPoint[], noPoint: string): Row[] {
  return points.map((point) => ({
    key: point.gatheringPointId ?? 'none', label: point.name ?? noPoint, passengers: point.passengers, counts: point.counts, overdue: point.overdue,
    children: point.trips.map((trip) => ({ key: trip.tripId, tripId: trip.tripId, label: trip.number, passengers: trip.passengers, counts: trip.counts, overdue: trip.overdue })),
  }));
}

function Reconciliation({ campaignId, date }: { campaignId: string; date: string }) {
  const { t } = useTranslation();
  const query = useReconciliation(campaignId, date);
  return (
    <PageState query={query}>
      {({ unaccounted, conflicts }) => (
        <Flex gap={12} wrap align="center" data-testid="reconciliation">
          {unaccounted === 0
            ? <Alert type="success" showIcon title={t('departure.unaccountedOk')} />
            : <Alert type="error" showIcon role="alert" title={t('departure.unaccountedBad', { count: unaccounted })} />}
          {conflicts > 0 && <Tag color={TAG.orange}>{t('departure.conflicts')}: {conflicts}</Tag>}
          <Button icon={<DownloadOutlined />} href={reconciliationUrl(campaignId, date)}>{t('departure.downloadReconciliation')}</Button>
        </Flex>
      )}
    </PageState>
  );
}

export function DeparturePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { campaign, isPending, error } = useCurrentCampaign();
  const [picked, setPicked] = useState<string>();
  const [drill, setDrill] = useState<Drill>();
  const date = picked ?? campaign?.startDate ?? dayjs().format(DAY);
  const board = useBoard(campaign?.id ?? '', date);
  const { live } = useLiveBoard(campaign?.id ?? '', date);

  if (!campaign) {
    if (error) return <ErrorState error={error} />;
    return isPending ? <LoadingState /> : <EmptyState description={t('dashboard.noCampaign')} />;
  }
  const count = (value: number, what: Drill) => (value === 0 ? <span>0</span> : (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDrill(what)}>{format.number(value)}</Button>
  ));
  const columns = [
    { title: t('departure.point'), dataIndex: 'label', key: 'label' },
    { title: t('departure.passengers'), dataIndex: 'passengers', key: 'passengers', align: 'right' as const, render: (v: number, r: Row) => count(v, { trip: r.tripId, label: r.label }) },
    ...SHOWN.map((state) => ({
      title: t(`departure.states.${state}`), key: state, align: 'right' as const,
      render: (_: unknown, r: Row) => count(r.counts[state], { state, trip: r.tripId, label: `${r.label} · ${t(`departure.states.${state}`)}` }),
    })),
    {
      title: t('departure.overdue'), dataIndex: 'overdue', key: 'overdue', align: 'right' as const,
      render: (v: number, r: Row) => (v > 0
        ? <Button size="small" danger onClick={() => setDrill({ overdue: true, trip: r.tripId, label: `${r.label} · ${t('departure.overdue')}` })}>{format.number(v)}</Button>
        : '0'),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="departure-page">
      <Card>
        <Space wrap align="center">
          <label htmlFor="departure-date">{t('departure.date')}</label>
          <DatePicker id="departure-date" value={dayjs(date, DAY)} allowClear={false} onChange={(value: Dayjs | null) => { if (value) setPicked(value.format(DAY)); }} />
          <Tag color={live ? TAG.green : 'default'} data-testid="board-live">{live ? t('departure.live') : t('departure.reconnecting')}</Tag>
        </Space>
      </Card>
      <PageState query={board} isEmpty={(d) => d.passengers === 0} empty={<EmptyState description={t('departure.noTrips')} />}>
        {(data) => (
          <>
            <Card title={t('departure.totals')}>
              <Row gutter={[16, 16]}>
                <Col xs={12} md={6} lg={3}><Statistic title={t('departure.passengers')} value={data.passengers} formatter={(v) => format.number(Number(v))} /></Col>
                {STATE_ORDER.map((state) => (
                  <Col xs={12} md={6} lg={3} key={state}>
                    <Button type="text" style={{ height: 'auto', padding: 0, textAlign: 'left' }} onClick={() => setDrill({ state, label: t(`departure.states.${state}`) })} data-testid={`total-${state}`}>
                      <Statistic title={t(`departure.states.${state}`)} value={data.counts[state]} formatter={(v) => format.number(Number(v))} />
                    </Button>
                  </Col>
                ))}
                <Col xs={12} md={6} lg={3}>
                  {/* The home county's officers reach their overdue people from here: who, which coach, since when. */}
                  <Button type="text" style={{ height: 'auto', padding: 0, textAlign: 'left' }} disabled={data.overdue === 0} data-testid="total-overdue"
                    onClick={() => setDrill({ overdue: true, label: t('departure.overdue') })}>
                    <Statistic title={t('departure.overdue')} value={data.overdue} styles={{ content: data.overdue > 0 ? { color: '#cf1322' } : undefined }} />
                  </Button>
                </Col>
              </Row>
              <div style={{ marginTop: 16 }}><Reconciliation campaignId={campaign.id} date={date} /></div>
            </Card>
            <Card title={<Typography.Text strong>{t('departure.point')} · {t('departure.trips')}</Typography.Text>}>
              <Table<Row> rowKey="key" size="small" pagination={false} dataSource={rowsOf(data.points, t('departure.noPoint'))} columns={columns} scroll={{ x: 960 }} data-testid="board-table" />
            </Card>
          </>
        )}
      </PageState>
      <PassengersDrawer campaignId={campaign.id} date={date} drill={drill} onClose={() => setDrill(undefined)} />
    </Flex>
  );
}
