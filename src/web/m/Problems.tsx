// "Report a problem" on the phone (loaded only when opened): the worker's grievances with
// where each stands, its deadline and every step, the latest someone else's step marked
// new; the answer to a resolution (close it, or reopen it with what is still wrong).
import { useEffect, useState } from 'react';
import type { ApiResponse } from '../api/types';
import { call, type Problem } from './api';
import { useLang } from './i18n';
import { problemText } from './problems.i18n';
import { markSeen, unseenChange } from './problems-seen';
import { href } from './router';
import { formatDate, Loaded, ProblemBox, useLoad } from './ui';

type Grievances = ApiResponse<'/api/m/grievances'>;
export type Grievance = Grievances['items'][number];

export function Problems() {
  const { lang } = useLang();
  const p = problemText(lang);
  const list = useLoad<Grievances>('/api/m/grievances');
  // What was new on arrival stays marked for this visit; the next visit sees it as read.
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (!list.data) return;
    setFresh((before) => new Set([...before, ...list.data!.items.filter((g) => unseenChange(g) !== undefined).map((g) => g.id)]));
    markSeen(list.data.items);
  }, [list.data]);
  return (
    <section data-testid="problems">
      <h2>{p('title')}</h2>
      <p className="muted">{p('note')}</p>
      <a className="button" href={href('/problems/new')} data-testid="problem-new-link">{p('new')}</a>
      <Loaded load={list}>
        {(data) => data.items.length === 0
          ? <p className="empty">{p('none')}</p>
          : <ul className="vacancies">{data.items.map((g) => <li key={g.id}><GrievanceCard grievance={g} fresh={fresh.has(g.id)} onChanged={list.reload} /></li>)}</ul>}
      </Loaded>
    </section>
  );
}

function roleWord(role: string): 'by_worker' | 'by_employer' | 'by_officer' {
  return role === 'worker' ? 'by_worker' : role === 'employer' ? 'by_employer' : 'by_officer';
}

function GrievanceCard({ grievance: g, fresh, onChanged }: { grievance: Grievance; fresh: boolean; onChanged: () => void }) {
  const { lang } = useLang();
  const p = problemText(lang);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const latest = g.history.at(-1);
  async function move(to: 'closed' | 'in_hand') {
    if (to === 'in_hand' && note.trim() === '') return setProblem({ status: 400, zh: p('reopenNeedsNote'), en: p('reopenNeedsNote'), field: 'note' });
    setBusy(true);
    setProblem(undefined);
    const result = await call('POST', `/api/grievances/${g.id}/state`, { body: { to, note: note.trim() || undefined } });
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    setNote('');
    onChanged();
  }
  const titleId = `g-${g.id}`;
  return (
    <article className="card" data-testid="grievance" data-state={g.state} aria-labelledby={titleId}>
      <p className="job-title" id={titleId}>{g.categoryText[lang]}{fresh && <span className="new-badge" data-testid="grievance-new"> {p('isNew')}</span>}</p>
      <p className={`state state-${g.state}`}>
        <strong data-testid="grievance-state">{g.stateText[lang]}</strong>
        {g.dueAt && g.state !== 'resolved' && g.state !== 'closed' ? ` · ${p('due')} ${formatDate(lang, g.dueAt)}` : ''}
      </p>
      {g.overdue && <p className="warn">{p('overdue')}</p>}
      {latest && latest.from !== null && (
        <p className={fresh ? 'done' : 'muted'} data-testid="grievance-latest">
          {p('latest')}：{formatDate(lang, latest.at, true)} {p(roleWord(latest.role))} → {g.stateText[lang]}{latest.note ? `：${latest.note}` : ''}
        </p>
      )}
      <p>{g.description}</p>
      <p className="muted">
        {p('routedTo')}：{p('countyOfficers', { county: g.routedTo.county.name })}{g.routedTo.employer ? `、${g.routedTo.employer.name}` : ''}
      </p>
      {g.photos.length > 0 && <p className="muted">{p('photos', { n: g.photos.length })}</p>}
      <details>
        <summary>{p('history')}（{g.history.length}）</summary>
        <ol className="changes">
          {g.history.map((h, i) => (
            <li key={i}>
              <time>{formatDate(lang, h.at, true)}</time> {p(roleWord(h.role))}：{STATE_WORDS[h.to]?.[lang] ?? h.to}{h.note ? ` · ${h.note}` : ''}
            </li>
          ))}
        </ol>
      </details>
      {g.moves.length > 0 && g.state === 'resolved' && (
        <div className="notice">
          <p><strong>{p('resolvedAsk')}</strong></p>
          <label>{p('notYetNote')}
            <textarea name="note" rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <ProblemBox problem={problem} />
          <div className="actions">
            {g.moves.includes('closed') && <button type="button" disabled={busy} onClick={() => void move('closed')}>{p('close')}</button>}
            {g.moves.includes('in_hand') && <button type="button" className="secondary" disabled={busy} onClick={() => void move('in_hand')}>{p('reopen')}</button>}
          </div>
        </div>
      )}
    </article>
  );
}

// The states' words for history entries (the server gives the current state's only).
const STATE_WORDS: Record<string, { zh: string; en: string }> = {
  received: { zh: '已收到', en: 'received' },
  in_hand: { zh: '处理中', en: 'in hand' },
  resolved: { zh: '已解决', en: 'resolved' },
  closed: { zh: '已结案', en: 'closed' },
};
