// Grievances on a worker's page (with the way to report one on their behalf, photos and
// all, through the phone page in assisted mode) and the counts on an employer's page.
import { Button, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { RecordLink } from '../jobs/a11y';
import { fileForWorkerUrl, useGrievanceCounts, useGrievances } from './grievances.api';
import { StateTag } from './StateTag';

export function WorkerGrievances({ workerId, canFile }: { workerId: string; canFile: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const query = useGrievances({ worker: workerId }, 1, 10);
  return (
    <Flex vertical gap={8} data-testid="worker-grievances">
      {canFile && <Button href={fileForWorkerUrl(workerId)} data-testid="file-for-worker">{t('grievances.fileForWorker')}</Button>}
      <PageState query={query} isEmpty={(d) => d.items.length === 0} empty={<Typography.Text type="secondary">{t('grievances.countsNone')}</Typography.Text>}>
        {(data) => (
          <List size="small" dataSource={data.items} renderItem={(g) => (
            <List.Item>
              <Flex gap={8} align="center" wrap>
                <StateTag state={g.state} />
                <RecordLink to={`/grievances?open=${g.id}`}>{language === 'en' ? g.categoryText.en : g.categoryText.zh}</RecordLink>
                <Typography.Text type="secondary">{format.dateTime(g.createdAt)}</Typography.Text>
                {g.overdue && <Tag color="red">{t('grievances.overdue')}</Tag>}
              </Flex>
            </List.Item>
          )} />
        )}
      </PageState>
    </Flex>
  );
}

export function EmployerGrievanceCounts({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const query = useGrievanceCounts();
  const row = query.data?.items.find((r) => r.employerId === employerId);
  if (query.isPending) return <>…</>;
  if (!row) return <span data-testid="employer-grievances">{t('grievances.countsNone')}</span>;
  return (
    <span data-testid="employer-grievances">
      <RecordLink to={`/grievances?employer=${employerId}`}>{t('grievances.countsText', row)}</RecordLink>
      {row.overdue > 0 && <Tag color="red" style={{ marginLeft: 8 }}>{t('grievances.overdue')} {row.overdue}</Tag>}
    </span>
  );
}
