// The people behind a count of the board: who they are, where they sit, and for those
// who did not leave (expected, refused, no-show) a rebooking onto another coach or day,
// or taking them off, both audited by the server and shown in the worker's journey.
import { App, Button, Drawer, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG } from '../allocation/tag-colors';
import { Link } from 'react-router';
import { messageOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { EmptyState, PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import type { Drill } from './DeparturePage';
import { type DayPassenger, type PassengerState, useDayPassengers } from './departure.api';
import { CancelRideModal, RebookModal } from './RebookModal';

const MOVABLE: readonly PassengerState[] = ['expected', 'refused', 'no_show'];
const COLOR: Partial<Record<PassengerState, string>> = { checked_in: TAG.green, departed: TAG.blue, arrived: TAG.cyan, refused: TAG.red, no_show: TAG.orange, absent_at_arrival: TAG.gold };

export function PassengersDrawer({ campaignId, date, drill, onClose }: { campaignId: string; date: string; drill: Drill | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const { message } = App.useApp();
  const query = useDayPassengers(campaignId, date, drill);
  const [rebooking, setRebooking] = useState<DayPassenger>();
  const [cancelling, setCancelling] = useState<DayPassenger>();
  const done = (text: string) => void message.success(text);
  const failed = (error: unknown) => void message.error(messageOf(error, language).message);

  return (
    <Drawer
      open={Boolean(drill)} onClose={onClose} size="large" destroyOnHidden
      title={drill ? t('departure.peopleOf', { what: drill.label, count: query.data?.items.length ?? 0 }) : t('departure.people')}
    >
      <PageState query={query} isEmpty={(d) => d.items.length === 0} empty={<EmptyState description={t('departure.noPeople')} />}>
        {(data) => (
          <Table<DayPassenger>
            rowKey={(p) => `${p.tripId}:${p.workerId}`} size="small" dataSource={data.items} pagination={{ pageSize: 50, hideOnSinglePage: true }}
            data-testid="day-passengers"
            columns={[
              { title: t('departure.trip'), dataIndex: 'number', key: 'number' },
              { title: t('departure.seat'), dataIndex: 'seat', key: 'seat', align: 'right' },
              { title: t('departure.name'), key: 'name', render: (_, p) => <Link to={`/workers/${p.workerId}`}>{p.name}</Link> },
              { title: t('departure.idNumber'), dataIndex: 'idMasked', key: 'idMasked' },
              { title: t('departure.county'), dataIndex: 'regionName', key: 'regionName' },
              // The overdue list says since when: the coach's expected time at the gate.
              ...(drill?.overdue ? [{
                title: t('departure.eta'), dataIndex: 'estimatedArrival', key: 'eta', render: (v: string | null) => (v ? format.dateTime(v) : '—'),
              }] : []),
              {
                title: t('departure.state'), key: 'state',
                render: (_, p) => (
                  <Space size={4}>
                    <Tag color={COLOR[p.state]}>{t(`departure.states.${p.state}`)}</Tag>
                    {p.overdue && <Tag color={TAG.red}>{t('departure.overdue')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('departure.actions'), key: 'actions',
                render: (_, p) => MOVABLE.includes(p.state) && (
                  <Space size={4}>
                    <Button size="small" onClick={() => setRebooking(p)}>{t('departure.rebook')}</Button>
                    <Button size="small" danger onClick={() => setCancelling(p)}>{t('departure.cancel')}</Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </PageState>
      {rebooking && (
        <RebookModal campaignId={campaignId} date={date} passenger={rebooking} onClose={() => setRebooking(undefined)}
          onDone={(count) => { setRebooking(undefined); done(t('departure.rebooked', { count })); }} onError={failed} />
      )}
      {cancelling && (
        <CancelRideModal passenger={cancelling} onClose={() => setCancelling(undefined)}
          onDone={() => { setCancelling(undefined); done(t('departure.cancelled')); }} onError={failed} />
      )}
    </Drawer>
  );
}
