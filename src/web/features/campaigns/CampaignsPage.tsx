// The campaigns in reach: the current one is marked and any other can be made current;
// province officers and administrators create campaigns, an officer edits those organised
// in their region; below, the targets of the regions under the officer's own.
import { Button, Card, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../api/types';
import { useUser } from '../../app/session';
import { useFormat } from '../../components/format';
import { PageState } from '../../components/PageState';
import { CampaignForm } from './CampaignForm';
import { setCurrentCampaign, useCampaigns, useCurrentCampaign } from './current-campaign';
import { QuotaTable } from './QuotaTable';

/** The same rule as the API (campaigns.write.service.ts): the campaign's region lies in the officer's. */
function mayEdit(scopePrefix: string | undefined, role: string, campaign: Campaign): boolean {
  if (role === 'admin') return true;
  if (scopePrefix === undefined) return false;
  const own = /^0+$/.test(campaign.regionCode) ? '' : campaign.regionCode.replace(/(00)+$/, '');
  return own.startsWith(scopePrefix);
}

export function CampaignsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useUser();
  const query = useCampaigns();
  const { campaign: current } = useCurrentCampaign();
  const [editing, setEditing] = useState<{ campaign?: Campaign } | null>(null);
  const scopePrefix = me.scope.kind === 'region' ? me.scope.prefix : undefined;
  const mayCreate = me.role === 'admin' || me.role === 'province';
  return (
    <Flex vertical gap={16}>
      <Card
        title={t('campaigns.title')}
        extra={mayCreate && <Button type="primary" onClick={() => setEditing({})} data-testid="campaign-create">{t('campaigns.create')}</Button>}
      >
        <PageState query={query} isEmpty={(data) => data.items.length === 0}>
          {(data) => (
            <Table<Campaign>
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 900 }}
              data-testid="campaigns-table"
              columns={[
                { title: t('campaigns.name'), dataIndex: 'name' },
                { title: t('campaigns.target'), dataIndex: 'target', align: 'right', render: (value: number) => format.number(value) },
                { title: t('campaigns.region'), dataIndex: 'regionCode' },
                { title: t('campaigns.dates'), key: 'dates', render: (_, c) => `${format.date(c.startDate)} – ${c.endDate ? format.date(c.endDate) : ''}` },
                { title: t('campaigns.feverThreshold'), dataIndex: 'feverThreshold', align: 'right', render: (v: number) => v.toFixed(1) },
                {
                  title: t('campaigns.current'), key: 'current',
                  render: (_, c) => c.id === current?.id
                    ? <Tag color="blue">{t('campaigns.current')}</Tag>
                    : <Button size="small" onClick={() => setCurrentCampaign(c.id)}>{t('campaigns.makeCurrent')}</Button>,
                },
                {
                  title: t('campaigns.actions'), key: 'edit',
                  render: (_, c) => mayEdit(scopePrefix, me.role, c) && (
                    <Button size="small" onClick={() => setEditing({ campaign: c })} data-testid={`campaign-edit-${c.id}`}>{t('campaigns.edit')}</Button>
                  ),
                },
              ]}
            />
          )}
        </PageState>
      </Card>
      {current && <QuotaTable campaign={current} />}
      <CampaignForm open={editing !== null} campaign={editing?.campaign} onClose={() => setEditing(null)} />
    </Flex>
  );
}
