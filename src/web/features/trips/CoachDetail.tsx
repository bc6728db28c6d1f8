// One coach: its route with times, the seat plan, the passengers in reach, and the
// documents to print (manifest as PDF or workbook, a boarding pass per passenger).
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Steps, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format';
import { PageState } from '../../components/PageState';
import { manifestUrl, type Passenger, passUrl, useTrip } from './trips.api';
import { SeatPlan } from './SeatPlan';

export function CoachDetail({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trip = useTrip(tripId);
  return (
    <PageState query={trip}>
      {(d) => (
        <Card
          data-testid="coach-detail"
          title={t('trips.coachTitle', { number: d.number })}
          extra={
            <Space wrap>
              <Button icon={<FilePdfOutlined />} href={manifestUrl(d.id, 'pdf')} download={`${d.number}.pdf`} data-testid="manifest-pdf">{t('trips.manifestPdf')}</Button>
              <Button icon={<DownloadOutlined />} href={manifestUrl(d.id, 'xlsx')} download={`${d.number}.xlsx`} data-testid="manifest-xlsx">{t('trips.manifestXlsx')}</Button>
            </Space>
          }
        >
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} items={[
            { key: 'date', label: t('trips.date'), children: format.date(d.departureDate) },
            { key: 'riders', label: t('trips.riders'), children: `${format.number(d.riders)} / ${format.number(d.capacity)}` },
            { key: 'km', label: t('trips.km'), children: format.number(d.km) },
            { key: 'spacing', label: t('trips.spacing'), children: t(`trips.spacings.${d.spacing}`) },
          ]} />
          <Steps
            size="small"
            direction="horizontal"
            responsive
            style={{ margin: '16px 0' }}
            current={-1}
            items={d.stops.map((s) => ({
              title: s.name,
              description: `${t(`trips.stopKinds.${s.kind}`)} · ${s.eta} · ${format.number(s.km)} km`,
            }))}
          />
          <Row gutter={[24, 16]}>
            <Col xs={24} xl={10}>
              <SeatPlan trip={d} />
            </Col>
            <Col xs={24} xl={14}>
              <Table<Passenger>
                rowKey="workerId"
                size="small"
                data-testid="passengers-table"
                dataSource={d.passengers}
                pagination={false}
                scroll={{ x: 640 }}
                columns={[
                  { title: t('trips.seat'), dataIndex: 'seat', width: 60, align: 'right' },
                  { title: t('trips.name'), dataIndex: 'name', width: 90 },
                  { title: t('trips.idMasked'), dataIndex: 'idMasked', width: 180 },
                  { title: t('trips.boards'), dataIndex: 'pickupName', ellipsis: true },
                  { title: t('trips.employer'), key: 'employer', ellipsis: true, render: (_, p) => <>{p.employer}<br /><small>{p.siteName}</small></> },
                  {
                    title: t('trips.pass'), key: 'pass', width: 90,
                    render: (_, p) => (
                      <Button size="small" href={passUrl(d.id, p.workerId)} target="_blank" rel="noopener" aria-label={t('trips.passOf', { name: p.name })}>
                        {t('trips.pass')}
                      </Button>
                    ),
                  },
                ]}
              />
            </Col>
          </Row>
        </Card>
      )}
    </PageState>
  );
}
