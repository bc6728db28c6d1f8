// Allocation: start a run and watch it, pick a run, review its proposals by vacancy and by
// worker with the reasons, see what changed since the run before, and confirm all or a
// selection (each after a confirm dialog).
import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Space, Tabs } from 'antd';
import { type Key, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { useConfirm, useRun, useRuns } from './allocation.api';
import { ChangesTable } from './ChangesTable';
import { ProposalTable } from './ProposalTable';
import { RunPanel } from './RunPanel';
import { VacancyTable } from './VacancyTable';

function Review({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const { modal, message } = App.useApp();
  const run = useRun(runId);
  const confirm = useConfirm();
  const [selected, setSelected] = useState<Key[]>([]);
  useEffect(() => setSelected([]), [runId]);

  const send = (workers: string[] | undefined) => confirm.mutateAsync({ params: { path: { id: runId } }, body: workers ? { workers } : {} })
    .then((data) => {
      void message.success(t('allocation.confirmedDone', { count: data.confirmed }));
      setSelected([]);
    })
    .catch((error: unknown) => void message.error(messageOf(error, language).message));

  const askAll = () => modal.confirm({
    title: t('allocation.confirmAllTitle'),
    content: t('allocation.confirmAllBody', { placed: format.number(run.data?.summary?.placed ?? 0) }),
    okText: t('allocation.confirmOk'), cancelText: t('allocation.cancel'),
    onOk: () => send(undefined),
  });
  const askSelected = () => modal.confirm({
    title: t('allocation.confirmSelectedTitle'),
    content: t('allocation.confirmSelectedBody', { count: selected.length }),
    okText: t('allocation.confirmOk'), cancelText: t('allocation.cancel'),
    onOk: () => send(selected.map(String)),
  });

  return (
    <Card
      title={run.data ? t('allocation.reviewOf', { when: format.dateTime(run.data.startedAt) }) : t('allocation.review')}
      extra={
        <Space wrap>
          <Button onClick={askSelected} disabled={selected.length === 0} loading={confirm.isPending} data-testid="confirm-selected">
            {t('allocation.confirmSelected', { count: selected.length })}
          </Button>
          <Button type="primary" icon={<CheckOutlined />} onClick={askAll} loading={confirm.isPending} data-testid="confirm-all">
            {t('allocation.confirmAll')}
          </Button>
        </Space>
      }
    >
      <Tabs
        destroyOnHidden
        items={[
          { key: 'vacancy', label: t('allocation.byVacancy'), children: <VacancyTable runId={runId} /> },
          { key: 'worker', label: t('allocation.byWorker'), children: <ProposalTable runId={runId} selected={selected} onSelect={setSelected} /> },
          { key: 'changes', label: t('allocation.changes'), children: <ChangesTable runId={runId} /> },
        ]}
      />
    </Card>
  );
}

export function AllocationPage() {
  const { t } = useTranslation();
  const { campaign, isPending, error } = useCurrentCampaign();
  const runs = useRuns(campaign?.id ?? '');
  const [picked, setPicked] = useState<string>();
  if (!campaign) {
    if (error) return <ErrorState error={error} />;
    return isPending ? <LoadingState /> : <EmptyState description={t('dashboard.noCampaign')} />;
  }
  const failed: unknown = runs.error;
  if (failed) return <ErrorState error={failed} onRetry={runs.refetch} />;
  const latestDone = runs.data?.items.find((r) => r.status === 'done')?.id;
  const pickedRun = runs.data?.items.find((r) => r.id === picked);
  const reviewed = pickedRun?.status === 'done' ? pickedRun.id : latestDone;
  return (
    <Flex vertical gap={16} data-testid="allocation-page">
      <RunPanel campaignId={campaign.id} selected={reviewed} onSelect={setPicked} />
      {reviewed ? <Review runId={reviewed} /> : runs.data && <EmptyState description={t('allocation.startHint')} />}
    </Flex>
  );
}
