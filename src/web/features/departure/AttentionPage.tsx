// Every departure-day record the server refused (wrong coach, conflict, a scan after the
// coach left, an id reused…) with its device, account and both times, until an officer
// writes down how it was resolved.
import { App, Button, Card, Flex, Form, Input, Modal, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG } from '../allocation/tag-colors';
import { Link } from 'react-router';
import { messageOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { EmptyState, ErrorState, LoadingState, PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { type AttentionItem, useAttention, useResolve } from './departure.api';

type Status = 'open' | 'resolved' | 'all';

function ResolveModal({ item, onClose }: { item: AttentionItem; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ resolution: string }>();
  const resolve = useResolve();
  const submit = async () => {
    const { resolution } = await form.validateFields();
    resolve.mutate({ params: { path: { id: item.id } }, body: { resolution } }, {
      onSuccess: () => { void message.success(t('departure.attention.resolved')); onClose(); },
      onError: (error) => void message.error(messageOf(error, language).message),
    });
  };
  return (
    <Modal open title={t('departure.attention.resolveTitle')} onCancel={onClose} onOk={() => void submit()} okButtonProps={{ loading: resolve.isPending }}>
      <Form form={form} layout="vertical" name="resolve">
        <Form.Item name="resolution" label={t('departure.attention.resolution')} rules={[{ required: true, whitespace: true, message: t('departure.attention.resolutionRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function AttentionPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { campaign, isPending, error } = useCurrentCampaign();
  const [status, setStatus] = useState<Status>('open');
  const [resolving, setResolving] = useState<AttentionItem>();
  const query = useAttention(campaign?.id ?? '', status);
  if (!campaign) {
    if (error) return <ErrorState error={error} />;
    return isPending ? <LoadingState /> : <EmptyState description={t('dashboard.noCampaign')} />;
  }
  const reason = (code: string) => (i18n.exists(`departure.attention.reasons.${code}`) ? t(`departure.attention.reasons.${code}` as 'departure.attention.reasons.conflict') : code);
  return (
    <Card data-testid="attention-page">
      <Flex vertical gap={16}>
        <Segmented<Status>
          value={status} onChange={setStatus} aria-label={t('departure.state')}
          options={[{ value: 'open', label: t('departure.attention.open') }, { value: 'resolved', label: t('departure.attention.resolved') }, { value: 'all', label: t('departure.attention.all') }]}
        />
        <PageState query={query} isEmpty={(d) => d.items.length === 0} empty={<EmptyState description={t('departure.attention.none')} />}>
          {(data) => (
            <Table<AttentionItem>
              rowKey="id" size="small" dataSource={data.items} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 1100 }} data-testid="attention-table"
              columns={[
                { title: t('departure.attention.reason'), key: 'reason', render: (_, r) => <Tag color={TAG.orange}>{reason(r.reason)}{r.field ? ` · ${r.field}` : ''}</Tag> },
                { title: t('departure.attention.kind'), dataIndex: 'kind', key: 'kind' },
                { title: t('departure.attention.worker'), key: 'worker', render: (_, r) => (r.workerId ? <Link to={`/workers/${r.workerId}`}>{r.workerName ?? r.workerId}</Link> : '—') },
                { title: t('departure.idNumber'), dataIndex: 'idMasked', key: 'idMasked', render: (v: string | null) => v ?? '—' },
                { title: t('departure.trip'), dataIndex: 'tripNumber', key: 'tripNumber', render: (v: string | null) => v ?? '—' },
                { title: t('departure.attention.device'), dataIndex: 'deviceId', key: 'deviceId', render: (v: string | null) => v ?? '—' },
                { title: t('departure.attention.account'), dataIndex: 'account', key: 'account' },
                { title: t('departure.attention.madeAt'), dataIndex: 'at', key: 'at', render: (v: string | null) => (v ? format.dateTime(v) : '—') },
                { title: t('departure.attention.receivedAt'), dataIndex: 'receivedAt', key: 'receivedAt', render: (v: string) => format.dateTime(v) },
                {
                  title: t('departure.actions'), key: 'actions',
                  render: (_, r) => (r.resolvedAt
                    ? <Typography.Text type="secondary">{t('departure.attention.resolved')}: {r.resolution} ({r.resolvedBy})</Typography.Text>
                    : <Button size="small" onClick={() => setResolving(r)}>{t('departure.attention.resolve')}</Button>),
                },
              ]}
            />
          )}
        </PageState>
      </Flex>
      {resolving && <ResolveModal item={resolving} onClose={() => setResolving(undefined)} />}
    </Card>
  );
}
