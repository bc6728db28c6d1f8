// The campaigns in reach; the current one is marked and any other can be made current.
import { Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../api/types';
import { useFormat } from '../../components/format';
import { PageState } from '../../components/PageState';
import { setCurrentCampaign, useCampaigns, useCurrentCampaign } from './current-campaign';

export function CampaignsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useCampaigns();
  const { campaign: current } = useCurrentCampaign();
  return (
    <Card title={t('campaigns.title')}>
      <PageState query={query} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <Table<Campaign>
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            data-testid="campaigns-table"
            columns={[
              { title: t('campaigns.name'), dataIndex: 'name' },
              { title: t('campaigns.target'), dataIndex: 'target', align: 'right', render: (value: number) => format.number(value) },
              { title: t('campaigns.region'), dataIndex: 'regionCode' },
              {
                title: t('campaigns.dates'),
                key: 'dates',
                render: (_, c) => `${format.date(c.startDate)} – ${c.endDate ? format.date(c.endDate) : ''}`,
              },
              {
                title: t('campaigns.current'),
                key: 'current',
                render: (_, c) =>
                  c.id === current?.id ? (
                    <Tag color="blue">{t('campaigns.current')}</Tag>
                  ) : (
                    <Button size="small" onClick={() => setCurrentCampaign(c.id)}>{t('campaigns.makeCurrent')}</Button>
                  ),
              },
            ]}
          />
        )}
      </PageState>
    </Card>
  );
}
