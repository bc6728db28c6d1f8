// Moving one passenger (with their travel group unless split on purpose) onto another
// coach of any day, or taking them off with a reason.
import { Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDayTrips } from '../trips/trips.api';
import { type DayPassenger, useCancelRide, useRebook } from './departure.api';

const DAY = 'YYYY-MM-DD';
type Props = { passenger: DayPassenger; onClose: () => void; onError: (error: unknown) => void };

export function RebookModal({ campaignId, date, passenger, onClose, onDone, onError }: Props & { campaignId: string; date: string; onDone: (count: number) => void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(date);
  const [toTrip, setToTrip] = useState<string>();
  const [split, setSplit] = useState(false);
  const trips = useDayTrips(campaignId, day);
  const rebook = useRebook();
  const options = (trips.data?.items ?? []).filter((trip) => trip.id !== passenger.tripId).map((trip) => ({ value: trip.id, label: `${trip.number} · ${trip.stops.find((stop) => stop.kind === 'pickup')?.name ?? ''} · ${trip.riders}/${trip.capacity}` }));
  const submit = () => {
    if (!toTrip) return;
    rebook.mutate({ params: { path: { id: passenger.tripId } }, body: { workerId: passenger.workerId, toTripId: toTrip, split } }, {
      onSuccess: (result) => onDone(result.moved.length), onError,
    });
  };
  return (
    <Modal open title={t('departure.rebookTitle', { name: passenger.name })} onCancel={onClose} onOk={submit} okButtonProps={{ disabled: !toTrip, loading: rebook.isPending }}>
      <Form layout="vertical">
        <Form.Item label={t('departure.rebookDate')} htmlFor="rebook-date">
          <DatePicker id="rebook-date" value={dayjs(day, DAY)} allowClear={false} onChange={(value: Dayjs | null) => { if (value) { setDay(value.format(DAY)); setToTrip(undefined); } }} />
        </Form.Item>
        <Form.Item label={t('departure.rebookTrip')} htmlFor="rebook-trip">
          <Select id="rebook-trip" value={toTrip} onChange={setToTrip} options={options} loading={trips.isPending} notFoundContent={t('departure.rebookNoTrips')} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        {passenger.travelGroup && (
          <Checkbox checked={split} onChange={(e) => setSplit(e.target.checked)}>{t('departure.rebookSplit')}</Checkbox>
        )}
      </Form>
    </Modal>
  );
}

export function CancelRideModal({ passenger, onClose, onDone, onError }: Props & { onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useCancelRide();
  const submit = async () => {
    const { reason } = await form.validateFields();
    cancel.mutate({ params: { path: { id: passenger.tripId } }, body: { workerId: passenger.workerId, reason } }, { onSuccess: onDone, onError });
  };
  return (
    <Modal open title={t('departure.cancelTitle', { name: passenger.name })} onCancel={onClose} onOk={() => void submit()} okButtonProps={{ danger: true, loading: cancel.isPending }}>
      <Form form={form} layout="vertical" name="cancel-ride">
        <Form.Item name="reason" label={t('departure.cancelReason')} rules={[{ required: true, whitespace: true, message: t('departure.cancelReasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
