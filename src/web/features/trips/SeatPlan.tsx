// A coach's seats as they stand in the coach: rows of four, two each side of the aisle
// (4r+1 4r+2 | aisle | 4r+3 4r+4). Under alternate-seat spacing the seats left empty on
// purpose are shown hatched; taken seats carry the passenger's name.
import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from './trips.api';

const SEAT_W = 76;

export function SeatPlan({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const usable = new Set(trip.seatPlan.usable);
  const bySeat = new Map(trip.passengers.map((p) => [p.seat, p]));
  const per = trip.seatPlan.seatsPerRow;

  const seat = (n: number) => {
    if (n > trip.capacity) return <div key={n} style={{ width: SEAT_W }} aria-hidden />;
    const rider = bySeat.get(n);
    const open = usable.has(n);
    const label = rider ? t('trips.seatTaken', { seat: n, name: rider.name }) : open ? t('trips.seatFree', { seat: n }) : t('trips.seatSpaced', { seat: n });
    return (
      <div
        key={n}
        role="img"
        aria-label={label}
        title={label}
        data-seat={n}
        data-state={rider ? 'taken' : open ? 'free' : 'spaced'}
        style={{
          width: SEAT_W, height: 44, borderRadius: 6, padding: '2px 4px', fontSize: 12, lineHeight: '18px', overflow: 'hidden',
          border: `1px solid ${rider ? token.colorPrimary : token.colorBorder}`,
          background: rider ? token.colorPrimaryBg : open ? token.colorBgContainer
            : `repeating-linear-gradient(45deg, ${token.colorFillSecondary}, ${token.colorFillSecondary} 4px, ${token.colorBgContainer} 4px, ${token.colorBgContainer} 8px)`,
          color: token.colorText,
        }}
      >
        <div style={{ fontWeight: 600 }}>{n}</div>
        <div style={{ whiteSpace: 'nowrap', textOverflow: 'ellipsis', overflow: 'hidden' }}>{rider?.name ?? (open ? '' : t('trips.spaced'))}</div>
      </div>
    );
  };

  return (
    <div data-testid="seat-plan">
      <Typography.Text type="secondary">
        {t(trip.spacing === 'alternate' ? 'trips.spacingAlternateHint' : 'trips.spacingNormalHint')}
      </Typography.Text>
      <div style={{ marginTop: 8, textAlign: 'center', width: SEAT_W * 4 + 64, color: token.colorTextSecondary }}>{t('trips.front')}</div>
      <Flex vertical gap={6} role="group" aria-label={t('trips.seatPlan')} style={{ marginTop: 4 }}>
        {Array.from({ length: trip.seatPlan.rows }, (_, r) => (
          <Flex key={r} gap={6} align="center">
            {seat(r * per + 1)}
            {seat(r * per + 2)}
            <div style={{ width: 40, textAlign: 'center', color: token.colorTextSecondary, fontSize: 11 }} aria-hidden>{r === 0 ? t('trips.aisle') : ''}</div>
            {seat(r * per + 3)}
            {seat(r * per + 4)}
          </Flex>
        ))}
      </Flex>
    </div>
  );
}
