// The targets of the regions directly below the officer's own (a province its cities, a
// city its counties), for the current campaign; the officer sets or removes them here.
import { App, Button, Card, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quotaBody } from '../../../campaigns/campaign-form.schema';
import { messageOf } from '../../api/errors';
import type { Campaign } from '../../api/types';
import { useFormat } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { inLanguage } from './CampaignForm';
import { useQuotas, useRemoveQuota, useSetQuota } from './campaigns.api';

type Row = { code: string; name: string; target: number | null; setBy: string | null };

export function QuotaTable({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const { message } = App.useApp();
  const query = useQuotas(campaign.id);
  const setQuota = useSetQuota();
  const remove = useRemoveQuota();
  const [draft, setDraft] = useState<Record<string, number | null>>({});

  const save = (row: Row) => {
    const value = draft[row.code] ?? row.target;
    const checked = quotaBody.safeParse({ target: value });
    if (!checked.success) {
      void message.error(inLanguage(checked.error.issues[0].message, language));
      return;
    }
    setQuota.mutate({ params: { path: { id: campaign.id, region: row.code } }, body: checked.data }, {
      onSuccess: () => void message.success(t('campaigns.quotaSaved', { region: row.name, n: format.number(checked.data.target) })),
      onError: (error) => void message.error(messageOf(error, language).message),
    });
  };

  return (
    <Card title={t('campaigns.quotasOf', { campaign: campaign.name })} data-testid="quotas">
      <PageState query={query}>
        {(data) => {
          if (data.settable.length === 0) return <Typography.Text type="secondary">{t('campaigns.noQuotaRights')}</Typography.Text>;
          const byCode = new Map(data.items.map((q) => [q.regionCode, q]));
          const rows: Row[] = data.settable.map((r) => ({ code: r.code, name: r.name, target: byCode.get(r.code)?.target ?? null, setBy: byCode.get(r.code)?.setBy ?? null }));
          const allocated = rows.reduce((sum, r) => sum + (r.target ?? 0), 0);
          return (
            <>
              <Typography.Paragraph type="secondary" data-testid="quota-allocated">
                {t('campaigns.quotaAllocated', { allocated: format.number(allocated), target: format.number(campaign.target) })}
              </Typography.Paragraph>
              <Table<Row>
                rowKey="code"
                size="small"
                dataSource={rows}
                pagination={false}
                columns={[
                  { title: t('campaigns.quotaRegion'), dataIndex: 'name' },
                  {
                    title: t('campaigns.quotaTarget'), key: 'target', align: 'right',
                    render: (_, row) => (
                      <InputNumber
                        min={0}
                        precision={0}
                        aria-label={`${row.name} ${t('campaigns.quotaTarget')}`}
                        data-testid={`quota-${row.code}`}
                        value={draft[row.code] === undefined ? row.target : draft[row.code]}
                        onChange={(value) => setDraft((d) => ({ ...d, [row.code]: value }))}
                      />
                    ),
                  },
                  { title: t('campaigns.quotaSetBy'), dataIndex: 'setBy', render: (v: string | null) => v ?? '—' },
                  {
                    title: t('campaigns.actions'), key: 'actions',
                    render: (_, row) => (
                      <Space>
                        <Button size="small" type="primary" onClick={() => save(row)} data-testid={`quota-save-${row.code}`}>{t('campaigns.quotaSet')}</Button>
                        {row.target !== null && (
                          <Button size="small" onClick={() => remove.mutate({ params: { path: { id: campaign.id, region: row.code } } })}>{t('campaigns.quotaRemove')}</Button>
                        )}
                      </Space>
                    ),
                  },
                ]}
              />
            </>
          );
        }}
      </PageState>
    </Card>
  );
}
