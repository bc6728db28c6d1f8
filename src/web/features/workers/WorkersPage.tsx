// The workers of the officer's region (27,000 and more): paged, sorted and searched on the
// server; filters by region (inside the officer's own), journey step, priority group,
// industry and certificate. The filters live in the address, and the export downloads
// exactly what the table shows (masked).
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Tag } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { JOURNEY_STEPS } from '../../../workers/workers.schema';
import { useUser } from '../../app/session';
import { useFormat } from '../../components/format';
import { EmptyState, PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { RegionFilter } from '../dashboard/RegionFilter';
import { RecordLink } from '../jobs/a11y';
import { useCertificates, useIndustries } from '../jobs/jobs.api';
import { RegisterForm } from './RegisterForm';
import { exportHref, PAGE_SIZE, type Worker, type WorkerListFilters, type WorkerListOrder, useWorkers } from './workers.api';
import { StepTag } from './StepTag';

const FILTER_KEYS = ['q', 'region', 'status', 'priority', 'industry', 'certificate'] as const;
const SORT_KEYS: Record<string, WorkerListOrder['sort']> = { name: 'name', age: 'age', regionName: 'county', status: 'status', registeredAt: 'registeredAt' };

export function WorkersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const navigate = useNavigate();
  const me = useUser();
  const { campaign } = useCurrentCampaign();
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const industries = useIndustries();
  const certificates = useCertificates();
  const label = (item: { zh: string; en: string }) => (language === 'en' ? item.en : item.zh);

  const filters: WorkerListFilters = { campaign: campaign?.id };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) (filters as Record<string, string>)[key] = value;
  }
  const order: WorkerListOrder = {
    sort: (params.get('sort') as WorkerListOrder['sort']) ?? undefined,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
  const page = Number(params.get('page') ?? 1) || 1;
  const query = useWorkers(filters, order, page);

  // Any change of filter or order starts again at page 1.
  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!keepPage) next.delete('page');
    setParams(next);
  };
  const scopePrefix = me.scope.kind === 'region' ? me.scope.prefix : '';
  const sortOrder = (column: WorkerListOrder['sort']) => (order.sort === column ? (order.order === 'desc' ? 'descend' : 'ascend') : null);

  return (
    <Card>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={filters.q}
          placeholder={t('workers.search')}
          aria-label={t('workers.search')}
          onSearch={(value) => update({ q: value.trim() || undefined })}
          style={{ width: 340 }}
          data-testid="worker-search"
        />
        <RegionFilter scopePrefix={scopePrefix} scopeName={me.region?.name ?? t('layout.wholeCountry')} value={filters.region} onChange={(region) => update({ region })} />
        <Select
          allowClear
          aria-label={t('workers.filterStatus')}
          placeholder={t('workers.status')}
          value={filters.status}
          onChange={(status?: string) => update({ status })}
          options={JOURNEY_STEPS.map((step) => ({ value: step, label: t(`workers.steps.${step}`) }))}
          style={{ width: 140 }}
          data-testid="filter-status"
        />
        <Select
          allowClear
          aria-label={t('workers.filterPriority')}
          placeholder={t('workers.priority')}
          value={filters.priority}
          onChange={(priority?: string) => update({ priority })}
          options={[{ value: 'true', label: t('workers.yes') }, { value: 'false', label: t('workers.no') }]}
          style={{ width: 130 }}
          data-testid="filter-priority"
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('workers.filterIndustry')}
          placeholder={t('workers.industries')}
          value={filters.industry}
          onChange={(industry?: string) => update({ industry })}
          options={(industries.data?.items ?? []).map((i) => ({ value: i.code, label: label(i) }))}
          style={{ width: 160 }}
          data-testid="filter-industry"
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('workers.filterCertificate')}
          placeholder={t('workers.certificates')}
          value={filters.certificate}
          onChange={(certificate?: string) => update({ certificate })}
          options={(certificates.data?.items ?? []).map((c) => ({ value: c.code, label: label(c) }))}
          style={{ width: 160 }}
          data-testid="filter-certificate"
        />
        <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
          <Button icon={<DownloadOutlined />} href={exportHref(filters)} data-testid="export-workers">{t('workers.export')}</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="register-worker">{t('workers.register')}</Button>
        </Flex>
      </Flex>
      <PageState query={query} isEmpty={(d) => d.items.length === 0} empty={<EmptyState description={t('workers.none')} />}>
        {(data) => (
          <Table<Worker>
            rowKey="id"
            size="middle"
            data-testid="workers-table"
            dataSource={data.items}
            loading={query.isFetching}
            scroll={{ x: 960 }}
            onChange={(pagination, _filters, sorter) => {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Worker> | undefined;
              const sort = s?.order ? SORT_KEYS[String(s.field)] : undefined;
              const sortChanged = sort !== order.sort || (s?.order === 'descend' ? 'desc' : 'asc') !== order.order;
              if (sortChanged) update({ sort, order: sort && s?.order === 'descend' ? 'desc' : undefined });
              else update({ page: pagination.current && pagination.current > 1 ? String(pagination.current) : undefined }, true);
            }}
            pagination={{
              current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false,
              showTotal: (n) => t('workers.total', { n: format.number(n) }),
            }}
            columns={[
              { title: t('workers.name'), dataIndex: 'name', sorter: true, sortOrder: sortOrder('name'), render: (name: string, w) => <RecordLink to={`/workers/${w.id}`}>{name}</RecordLink> },
              { title: t('workers.idNumber'), dataIndex: 'idMasked', render: (id: string) => <code>{id}</code> },
              { title: t('workers.phone'), dataIndex: 'phoneMasked', render: (phone: string | null) => phone ?? '—' },
              { title: t('workers.age'), dataIndex: 'age', sorter: true, sortOrder: sortOrder('age'), align: 'right', render: (n: number) => format.number(n) },
              { title: t('workers.county'), dataIndex: 'regionName', sorter: true, sortOrder: sortOrder('county') },
              { title: t('workers.priority'), dataIndex: 'priority', render: (p: boolean) => (p ? <Tag color="orange">{t('workers.yes')}</Tag> : t('workers.no')) },
              { title: t('workers.status'), dataIndex: 'status', sorter: true, sortOrder: sortOrder('status'), render: (step: string) => <StepTag step={step} /> },
              { title: t('workers.registeredAt'), dataIndex: 'registeredAt', sorter: true, sortOrder: sortOrder('registeredAt'), render: (at: string) => format.dateTime(at) },
            ]}
          />
        )}
      </PageState>
      <RegisterForm open={registering} campaignId={campaign?.id} onClose={() => setRegistering(false)} onSaved={(id) => navigate(`/workers/${id}`)} />
    </Card>
  );
}
