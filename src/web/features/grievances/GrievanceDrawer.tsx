// One grievance beside the list: what the worker said, where it was sent, its photos, its
// history, and the moves the server says this user may make (a note where the rule needs
// one: resolving, closing, sending back).
import { Alert, App, Button, Descriptions, Drawer, Empty, Flex, Image, Input, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/errors';
import { useFormat } from '../../components/format';
import { LoadingState, ErrorState } from '../../components/PageState';
import { useLanguage } from '../../i18n';
import { type Grievance, type GrievanceState, useGrievance, useMoveGrievance } from './grievances.api';
import { StateTag } from './StateTag';

// Moves without a note: taking in hand, the worker's or officer's closing of a resolution.
const NOTE_OPTIONAL: readonly string[] = ['received>in_hand', 'resolved>closed'];

export function GrievanceDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useGrievance(id);
  const error: unknown = query.error;
  return (
    <Drawer open={id !== undefined} onClose={onClose} size="large" title={t('grievances.detail')} destroyOnHidden data-testid="grievance-drawer">
      {error ? <ErrorState error={error} onRetry={query.refetch} /> : query.data ? <GrievanceView grievance={query.data} /> : <LoadingState />}
    </Drawer>
  );
}

function GrievanceView({ grievance: g }: { grievance: Grievance }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const { message } = App.useApp();
  const move = useMoveGrievance();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const text = (b: { zh: string; en: string }) => (language === 'en' ? b.en : b.zh);
  const role = (r: string) => t(`grievances.roles.${r === 'worker' || r === 'employer' ? r : 'officer'}`);

  async function go(to: GrievanceState) {
    const needsNote = !NOTE_OPTIONAL.includes(`${g.state}>${to}`);
    if (needsNote && note.trim() === '') return setNoteError(t('grievances.noteRequired'));
    setNoteError(undefined);
    try {
      await move.mutateAsync({ params: { path: { id: g.id } }, body: { to, note: note.trim() || undefined } });
      setNote('');
      void message.success(t('grievances.moved', { state: t(`grievances.states.${to}`) }));
    } catch (e) {
      const problem = messageOf(e, language);
      if (problem.field === 'note') setNoteError(problem.message);
      else void message.error(problem.message);
    }
  }

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center" wrap>
        <StateTag state={g.state} />
        <Typography.Text strong>{text(g.categoryText)}</Typography.Text>
        {g.overdue && <Tag color="red">{t('grievances.overdue')}</Tag>}
      </Flex>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('grievances.worker')}>{g.worker.name}</Descriptions.Item>
        <Descriptions.Item label={t('grievances.filed')}>{format.dateTime(g.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('grievances.due')}>{g.dueAt ? format.dateTime(g.dueAt) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('grievances.reportedBy')}>{g.reportedBy === 'worker' ? t('grievances.reportedByWorker') : g.reportedBy}</Descriptions.Item>
        <Descriptions.Item label={t('grievances.county')}>{g.routedTo.county.name}</Descriptions.Item>
        <Descriptions.Item label={t('grievances.employer')}>{g.routedTo.employer?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('grievances.job')}>{g.routedTo.job?.title ?? '—'}</Descriptions.Item>
        {g.routedTo.contact && (
          <Descriptions.Item label={t('grievances.contact')}>{[g.routedTo.contact.name, g.routedTo.contact.phoneMasked].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
        )}
      </Descriptions>
      <div>
        <Typography.Title level={5}>{t('grievances.description')}</Typography.Title>
        <Typography.Paragraph data-testid="grievance-description" style={{ whiteSpace: 'pre-wrap' }}>{g.description}</Typography.Paragraph>
      </div>
      <div>
        <Typography.Title level={5}>{t('grievances.photos')}</Typography.Title>
        {g.photos.length === 0 ? <Typography.Text type="secondary">{t('grievances.noPhotos')}</Typography.Text> : (
          <Image.PreviewGroup>
            <Flex gap={8} wrap data-testid="grievance-photos">
              {g.photos.map((p, i) => <Image key={p.id} src={p.url} width={112} height={112} style={{ objectFit: 'cover' }} alt={t('grievances.photoAlt', { n: i + 1 })} />)}
            </Flex>
          </Image.PreviewGroup>
        )}
      </div>
      <div>
        <Typography.Title level={5}>{t('grievances.history')}</Typography.Title>
        <Timeline
          data-testid="grievance-history"
          items={g.history.map((h, i) => ({
            key: i,
            children: (
              <Flex vertical gap={2}>
                <span><StateTag state={h.to} /> {format.dateTime(h.at)}</span>
                <Typography.Text type="secondary">{role(h.role)} {h.actor}</Typography.Text>
                {h.note && <Typography.Text>{h.note}</Typography.Text>}
              </Flex>
            ),
          }))}
        />
      </div>
      {g.moves.length === 0 ? <Alert type="info" title={t('grievances.noMoves')} showIcon /> : (
        <Flex vertical gap={8}>
          <label htmlFor="grievance-note"><Typography.Text strong>{t('grievances.note')}</Typography.Text></label>
          <Input.TextArea
            id="grievance-note" rows={3} maxLength={1000} value={note} placeholder={t('grievances.noteHint')} status={noteError ? 'error' : undefined}
            aria-invalid={noteError ? true : undefined} aria-describedby={noteError ? 'grievance-note-error' : undefined}
            onChange={(e) => setNote(e.target.value)} data-testid="grievance-note"
          />
          {noteError && <Typography.Text id="grievance-note-error" style={{ color: '#cf1322' }} role="alert">{noteError}</Typography.Text>}
          <Flex gap={8} wrap>
            {g.moves.map((to) => (
              <Button key={to} type={to === 'closed' || to === 'received' ? 'default' : 'primary'} loading={move.isPending}
                onClick={() => void go(to)} data-testid={`move-${to}`}>
                {t(`grievances.moveTo.${to}`)}
              </Button>
            ))}
          </Flex>
        </Flex>
      )}
      {g.moves.length === 0 && g.history.length === 0 && <Empty />}
    </Flex>
  );
}
