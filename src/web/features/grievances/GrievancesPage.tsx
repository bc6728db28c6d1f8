// Grievances within the user's reach (officers: their region's workers; the employer
// portal: its own), filtered by state, category and overdue in the page's address, each
// opened in a drawer with its history, photos and the moves the user may make.
import { Card, Checkbox, Flex, Select, Table, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUser } from '../../app/session';
import { useFormat } from '../../components/format';
import { EmptyState, ErrorState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { RecordLink } from '../jobs/a11y';
import { GrievanceDrawer } from './GrievanceDrawer';
import {
  CATEGORIES, type Grievance, type GrievanceCategory, type GrievanceFilter, type GrievanceState, PAGE_SIZE, STATES, useGrievances,
} from './grievances.api';
import { StateTag } from './StateTag';

export function GrievancesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const me = useUser();
  const { token } = theme.useToken();
  const [params, setParams] = useSearchParams();
  const filter: GrievanceFilter = {
    state: (params.get('state') as GrievanceState | null) ?? undefined,
    category: (params.get('category') as GrievanceCategory | null) ?? undefined,
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    employer: params.get('employer') ?? undefined,
  };
  const page = Number(params.get('page') ?? '1') || 1;
  const open = params.get('open') ?? undefined;
  const query = useGrievances(filter, page);
  const failed: unknown = query.error;
  const set = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) if (value) next.set(key, value); else next.delete(key);
    if (!keepPage) next.delete('page');
    setParams(next);
  };
  const employerSide = me.role === 'employer';
  return (
    <Card title={t(employerSide ? 'grievances.portalTitle' : 'grievances.title')} data-testid="grievances-page"
      extra={<Typography.Text type="secondary">{t('grievances.deadlines')}</Typography.Text>}>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Select<GrievanceState> allowClear placeholder={t('grievances.allStates')} aria-label={t('grievances.state')} style={{ width: 160 }}
          value={filter.state} onChange={(state) => set({ state })} data-testid="filter-state"
          options={STATES.map((s) => ({ value: s, label: t(`grievances.states.${s}`) }))} />
        <Select<GrievanceCategory> allowClear placeholder={t('grievances.allCategories')} aria-label={t('grievances.category')} style={{ width: 200 }}
          value={filter.category} onChange={(category) => set({ category })} data-testid="filter-category"
          options={CATEGORIES.map((c) => ({ value: c, label: t(`grievances.categories.${c}`) }))} />
        <Checkbox checked={filter.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })} data-testid="filter-overdue">
          {t('grievances.overdueOnly')}
        </Checkbox>
      </Flex>
      {failed ? <ErrorState error={failed} onRetry={query.refetch} /> : (
        <Table<Grievance>
          rowKey="id" size="middle" loading={query.isFetching} dataSource={query.data?.items ?? []} data-testid="grievances-table"
          locale={{ emptyText: <EmptyState description={t('grievances.none')} /> }}
          onRow={(row) => ({ onClick: () => set({ open: row.id }, true), style: { cursor: 'pointer' } })}
          pagination={{
            current: page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, showSizeChanger: false,
            showTotal: (count) => t('grievances.total', { count }), onChange: (p) => set({ page: String(p) }, true),
          }}
          columns={[
            { title: t('grievances.filed'), dataIndex: 'createdAt', width: 150, render: (v: string) => format.dateTime(v) },
            {
              title: t('grievances.worker'), key: 'worker', width: 130,
              render: (_, g) => (employerSide ? g.worker.name : <RecordLink to={`/workers/${g.worker.id}`}>{g.worker.name}</RecordLink>),
            },
            { title: t('grievances.category'), key: 'category', width: 170, render: (_, g) => (language === 'en' ? g.categoryText.en : g.categoryText.zh) },
            ...(employerSide ? [] : [{ title: t('grievances.employer'), key: 'employer', ellipsis: true, render: (_: unknown, g: Grievance) => g.routedTo.employer?.name ?? '—' }]),
            { title: t('grievances.state'), key: 'state', width: 110, render: (_, g) => <StateTag state={g.state} /> },
            {
              title: t('grievances.due'), key: 'due', width: 170,
              render: (_, g) => (g.dueAt ? <>{format.dateTime(g.dueAt)}{g.overdue && <Tag color="red" style={{ marginLeft: 4 }}>{t('grievances.overdue')}</Tag>}</> : '—'),
            },
            {
              title: '', key: 'open', width: 80,
              render: (_, g) => <a href={`?open=${g.id}`} onClick={(e) => { e.preventDefault(); e.stopPropagation(); set({ open: g.id }, true); }} style={{ color: token.colorPrimary }} data-testid="open-grievance">{t('grievances.open')}</a>,
            },
          ]}
        />
      )}
      <GrievanceDrawer id={open} onClose={() => set({ open: undefined }, true)} />
    </Card>
  );
}
