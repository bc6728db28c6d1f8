// Import a county's registrations or an employer's vacancies: pick what and into which
// campaign, upload the file, watch the rows being read, then see what came of it and take
// the refused rows' workbook. Below, the imports of the officer's reach, and the templates.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Flex, Progress, Radio, Row, Space, Statistic, Table, theme, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type ImportKind, MAX_UPLOAD_BYTES } from '../../../import-runs/import-runs.schema';
import { messageOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { useCurrentCampaign } from '../campaigns/current-campaign';
import { errorsUrl, HISTORY_PAGE_SIZE, type ImportRun, templateUrl, useHistory, useRun, useUpload } from './imports.api';

const STATUS_BADGE: Record<ImportRun['status'], 'processing' | 'success' | 'error'> = { running: 'processing', done: 'success', failed: 'error' };

export function ImportsPage() {
  const { t } = useTranslation();
  const { campaign } = useCurrentCampaign();
  const [kind, setKind] = useState<ImportKind>('workers');
  const [runId, setRunId] = useState<string>();
  const upload = useUpload();
  const language = useLanguage();
  const uploadError = upload.error ? messageOf(upload.error, language).message : undefined;

  const send = (file: File) => {
    if (file.size > MAX_UPLOAD_BYTES) return;
    upload.mutate({ kind, campaign: campaign?.id, file }, { onSuccess: (run) => setRunId(run.id) });
  };

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('imports.upload')}>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <div>
                <Typography.Text id="import-kind-label" strong>{t('imports.kind')}</Typography.Text>{' '}
                <Radio.Group
                  aria-labelledby="import-kind-label"
                  value={kind}
                  onChange={(e) => setKind(e.target.value as ImportKind)}
                  optionType="button"
                  options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
                  data-testid="import-kind"
                />
              </div>
              <Typography.Text>{t('imports.into')} <Typography.Text strong>{campaign?.name ?? t('layout.noCampaign')}</Typography.Text></Typography.Text>
              <Upload.Dragger
                accept=".xlsx,.csv"
                multiple={false}
                showUploadList={false}
                disabled={!campaign || upload.isPending}
                beforeUpload={(file) => { send(file); return false; }}
                data-testid="import-upload"
              >
                <p className="ant-upload-drag-icon"><InboxOutlined /></p>
                <p className="ant-upload-text">{upload.isPending ? t('imports.uploading') : t('imports.drop')}</p>
                <p className="ant-upload-hint">{t('imports.hint', { mb: MAX_UPLOAD_BYTES / 1024 / 1024 })}</p>
              </Upload.Dragger>
              {uploadError && <Alert type="error" showIcon message={uploadError} role="alert" />}
              {runId && <RunResult id={runId} />}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('imports.templates')}>
            <Typography.Paragraph type="secondary">{t('imports.templatesHint')}</Typography.Paragraph>
            <Space wrap>
              {IMPORT_KINDS.map((k) => (
                <Button key={k} icon={<DownloadOutlined />} href={templateUrl(k)} download data-testid={`template-${k}`}>{t(`imports.template.${k}`)}</Button>
              ))}
            </Space>
          </Card>
        </Col>
      </Row>
      <History />
    </Flex>
  );
}

function RunResult({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const query = useRun(id);
  return (
    <PageState query={query}>
      {(run) => {
        const percent = run.fileBytes > 0 ? Math.min(99, Math.floor((run.bytesRead / run.fileBytes) * 100)) : 0;
        return (
          <div data-testid="import-result" data-status={run.status}>
            {run.status === 'running' && (
              <>
                <Progress percent={percent} status="active" aria-label={t('imports.progress')} />
                <Typography.Text data-testid="import-rows">{t('imports.rowsRead', { n: format.number(run.rows) })}</Typography.Text>
              </>
            )}
            {run.status === 'failed' && run.error && <Alert type="error" showIcon message={t('imports.failed')} description={language === 'en' ? run.error.en : run.error.zh} role="alert" />}
            {run.status === 'done' && (
              <Flex vertical gap={12}>
                <Progress percent={100} aria-label={t('imports.progress')} />
                <Flex gap={32} wrap>
                  {(['imported', 'updated', 'unchanged', 'refused'] as const).map((key) => (
                    <Statistic key={key} title={t(`imports.counts.${key}`)} value={format.number(run[key])} data-testid={`import-${key}`} />
                  ))}
                </Flex>
                {run.errorsAvailable && (
                  <Alert
                    type="warning"
                    showIcon
                    message={t('imports.refusedRows', { n: format.number(run.refused) })}
                    description={t('imports.errorsHint', { date: run.errorsExpireAt ? format.dateTime(run.errorsExpireAt) : '' })}
                    action={<Button icon={<DownloadOutlined />} href={errorsUrl(run.id)} download data-testid="import-errors">{t('imports.errorsWorkbook')}</Button>}
                  />
                )}
              </Flex>
            )}
          </div>
        );
      }}
    </PageState>
  );
}

function History() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const query = useHistory(page);
  return (
    <Card title={t('imports.history')}>
      <PageState query={query}>
        {(data) => (
          <Table<ImportRun>
            rowKey="id"
            size="small"
            data-testid="import-history"
            dataSource={data.items}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Typography.Text type="secondary">{t('imports.noHistory')}</Typography.Text> }}
            pagination={{ current: page, pageSize: HISTORY_PAGE_SIZE, total: data.total, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage }}
            columns={[
              { title: t('imports.when'), dataIndex: 'startedAt', render: (v: string) => format.dateTime(v) },
              { title: t('imports.who'), dataIndex: 'actorLogin' },
              { title: t('imports.kind'), dataIndex: 'kind', render: (k: ImportKind) => t(`imports.kinds.${k}`) },
              { title: t('imports.file'), dataIndex: 'fileName', ellipsis: true },
              { title: t('imports.status'), dataIndex: 'status', render: (s: ImportRun['status']) => <Badge status={STATUS_BADGE[s]} text={t(`imports.statuses.${s}`)} /> },
              ...(['imported', 'updated', 'unchanged', 'refused'] as const).map((key) => ({
                title: t(`imports.counts.${key}`), dataIndex: key, align: 'right' as const, render: (n: number) => format.number(n),
              })),
              {
                title: t('imports.errorsWorkbook'), key: 'errors',
                render: (_: unknown, run: ImportRun) => (run.errorsAvailable ? <a href={errorsUrl(run.id)} download style={{ color: token.colorPrimary }}>{t('imports.download')}</a> : '—'),
              },
            ]}
          />
        )}
      </PageState>
    </Card>
  );
}
