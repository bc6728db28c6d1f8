// Start a run, watch its progress, and pick a run from the history to review.
import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Progress, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { type Run, useRun, useRuns, useStartRun } from './allocation.api';
import { TAG } from './tag-colors';

const STAGES = ['loading', 'classes', 'network', 'flow', 'assignments', 'saving'];
type Stage = 'loading' | 'classes' | 'network' | 'flow' | 'assignments' | 'saving';

const STATUS_COLOR = { running: TAG.blue, done: TAG.green, failed: TAG.red } as const;

function RunProgress({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const run = useRun(runId);
  const p = run.data?.progress;
  const percent = p && p.total > 0 ? Math.min(100, Math.round((p.done / p.total) * 100)) : 0;
  return (
    <div data-testid="run-progress">
      <Typography.Text type="secondary">{t('allocation.stage', { stage: t(`allocation.stages.${STAGES.includes(p?.stage ?? '') ? (p?.stage as Stage) : 'loading'}`) })}</Typography.Text>
      <Progress percent={percent} status="active" aria-label={t('allocation.progress')} />
    </div>
  );
}

type Props = { campaignId: string; selected: string | undefined; onSelect: (runId: string) => void };

export function RunPanel({ campaignId, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const { message } = App.useApp();
  const runs = useRuns(campaignId);
  const start = useStartRun();
  const running = runs.data?.items.find((r) => r.status === 'running');

  const onStart = () => start.mutate({ params: { path: { id: campaignId } } }, {
    onSuccess: (data) => {
      onSelect(data.runId);
      void runs.refetch();
    },
    onError: (error) => void message.error(messageOf(error, language).message),
  });

  return (
    <Card
      title={t('allocation.runs')}
      extra={
        <Button type="primary" icon={<PlayCircleOutlined />} onClick={onStart} loading={start.isPending} disabled={Boolean(running)} data-testid="start-run">
          {t('allocation.start')}
        </Button>
      }
    >
      {running && <RunProgress runId={running.id} />}
      <PageState query={runs} isEmpty={(d) => d.items.length === 0} empty={<Typography.Paragraph type="secondary">{t('allocation.noRuns')}</Typography.Paragraph>}>
        {(data) => (
          <Table<Run>
            rowKey="id"
            size="small"
            dataSource={data.items}
            pagination={{ pageSize: 5, hideOnSinglePage: true }}
            data-testid="runs-table"
            rowSelection={{
              type: 'radio', selectedRowKeys: selected ? [selected] : [], onChange: (keys) => keys[0] && onSelect(String(keys[0])),
              getCheckboxProps: (r) => ({ disabled: r.status !== 'done', 'aria-label': t('allocation.pickRun') }),
            }}
            onRow={(r) => ({ onClick: () => r.status === 'done' && onSelect(r.id) })}
            columns={[
              { title: t('allocation.startedAt'), dataIndex: 'startedAt', render: (v: string) => format.dateTime(v) },
              { title: t('allocation.actor'), dataIndex: 'actor' },
              { title: t('allocation.status'), dataIndex: 'status', render: (s: Run["status"]) => <Tag color={STATUS_COLOR[s]} data-status={s}>{t(`allocation.statuses.${s}`)}</Tag> },
              { title: t('allocation.placed'), key: 'placed', align: 'right', render: (_, r) => (r.summary ? format.number(r.summary.placed) : '–') },
              { title: t('allocation.placedPriority'), key: 'pp', align: 'right', render: (_, r) => (r.summary ? format.number(r.summary.placedPriority) : '–') },
              {
                title: t('allocation.changed'), key: 'changes',
                render: (_, r) => r.summary?.changes && (
                  <Flex gap={4} wrap>
                    <Tag color={TAG.green}>{t('allocation.kinds.new')} {format.number(r.summary.changes.new)}</Tag>
                    <Tag color={TAG.orange}>{t('allocation.kinds.moved')} {format.number(r.summary.changes.moved)}</Tag>
                    <Tag color={TAG.red}>{t('allocation.kinds.dropped')} {format.number(r.summary.changes.dropped)}</Tag>
                  </Flex>
                ),
              },
              { title: t('allocation.seconds'), key: 's', align: 'right', render: (_, r) => (r.summary ? `${r.summary.seconds.toFixed(1)} s` : r.error ?? '–') },
            ]}
          />
        )}
      </PageState>
    </Card>
  );
}
