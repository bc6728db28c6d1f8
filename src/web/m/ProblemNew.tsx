// The form for a new grievance: a category, what happened, up to four photos. Photos too
// big or not images are refused on the phone before a byte is sent (the server checks
// again, by content: a renamed program is refused there). The client id makes a retry
// after a dropped answer file the same grievance once; photos then go one by one.
import { type FormEvent, useState } from 'react';
import { call, csrfTokenNow, OFFLINE, type Problem, urlOf } from './api';
import { useLang } from './i18n';
import type { Grievance } from './Problems';
import { problemText } from './problems.i18n';
import { href, navigate } from './router';
import { fieldErrors, ProblemBox } from './ui';
import { FieldError } from './WishFields';

export const CATEGORIES = {
  wage_below_advertised: { zh: '工资低于招聘承诺', en: 'Wages below what was advertised' },
  unpaid_wages: { zh: '拖欠工资', en: 'Unpaid wages' },
  hours: { zh: '工时过长', en: 'Working hours' },
  housing: { zh: '住宿问题', en: 'Housing' },
  safety: { zh: '安全问题', en: 'Safety' },
  no_contract: { zh: '未签劳动合同', en: 'Contract not signed' },
  other: { zh: '其他', en: 'Other' },
} as const;

const MAX_PHOTOS = 4;
const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];
// Browsers often give HEIC files no type at all: the name decides here, the content on the server.
const EXTENSIONS = /\.(jpe?g|png|webp|hei[cf])$/i;

type Picked = { key: string; file: File };

/** A photo as multipart, through the same session and CSRF token as every other write. */
async function sendPhoto(grievanceId: string, file: File): Promise<Problem | undefined> {
  const form = new FormData();
  form.append('photo', file, file.name);
  const token = csrfTokenNow();
  try {
    const response = await fetch(urlOf(`/api/m/grievances/${grievanceId}/photos`), {
      method: 'POST', body: form, credentials: 'same-origin', headers: token ? { 'x-csrf-token': token } : {},
    });
    if (response.ok) return undefined;
    const body = (await response.json().catch(() => ({}))) as Partial<Problem> & { detail?: string };
    return { status: response.status, zh: body.zh ?? body.detail ?? '', en: body.en ?? body.detail ?? '', field: 'photo' };
  } catch {
    return OFFLINE;
  }
}

export function ProblemNew() {
  const { lang } = useLang();
  const p = problemText(lang);
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<Picked[]>([]);
  const [photoErrors, setPhotoErrors] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  // One id per form: sending again after a dropped answer files the same grievance.
  const [clientId] = useState(() => crypto.randomUUID());
  const [filed, setFiled] = useState<string>();

  function pick(files: FileList | null) {
    const refused: string[] = [];
    const next = [...photos];
    for (const file of files ?? []) {
      if (!TYPES.includes(file.type) && !EXTENSIONS.test(file.name)) refused.push(p('photoType', { name: file.name }));
      else if (file.size > MAX_BYTES) refused.push(p('photoTooBig', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) }));
      else if (next.length >= MAX_PHOTOS) refused.push(p('photoMax', { name: file.name }));
      else next.push({ key: `${file.name}-${file.size}-${file.lastModified}-${next.length}`, file });
    }
    setPhotos(next);
    setPhotoErrors(refused);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!category) found.category = p('chooseOne');
    if (description.trim() === '') found.description = p('required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setProblem(undefined);
    let id = filed;
    if (!id) {
      const result = await call<Grievance>('POST', '/api/m/grievances', { body: { category, description: description.trim(), clientId } });
      if (!result.ok) {
        setBusy(false);
        setErrors(fieldErrors(result.problem, lang));
        return setProblem(result.problem);
      }
      id = result.data.id;
      setFiled(id);
    }
    let left = photos;
    const refused: string[] = [];
    for (const photo of photos) {
      const answer = await sendPhoto(id, photo.file);
      if (answer?.offline) {
        setBusy(false);
        setPhotos(left);
        setPhotoErrors(refused);
        return setProblem(OFFLINE);
      }
      // Sent or refused, it leaves the list: a refused one would be refused again.
      left = left.filter((x) => x.key !== photo.key);
      if (answer) refused.push(`${p('photoRefused')}${answer[lang] || answer.zh}`);
    }
    setBusy(false);
    setPhotos(left);
    setPhotoErrors(refused);
    if (refused.length === 0) navigate('/problems');
  }

  const done = filed !== undefined;
  return (
    <section data-testid="problem-new">
      <h2>{p('new')}</h2>
      {done && <p role="status" className="done">{photoErrors.length > 0 ? p('filedPhotosLeft') : p('filed')}</p>}
      <form onSubmit={submit} noValidate>
        <fieldset className="chips" aria-invalid={errors.category ? true : undefined}>
          <legend>{p('category')}</legend>
          <div>
            {Object.entries(CATEGORIES).map(([code, text]) => (
              <label key={code} className={category === code ? 'chip on' : 'chip'}>
                <input type="radio" name="category" value={code} checked={category === code} disabled={done} onChange={() => setCategory(code)} />
                {text[lang]}
              </label>
            ))}
          </div>
        </fieldset>
        <FieldError text={errors.category} />
        <label>{p('description')}
          <textarea name="description" rows={4} maxLength={1000} value={description} disabled={done}
            aria-invalid={errors.description ? true : undefined} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <FieldError text={errors.description} />
        <label>{p('photoLabel')}
          <input type="file" name="photo" accept="image/jpeg,image/png,image/webp,image/heic,.heic,.heif" multiple
            aria-invalid={photoErrors.length > 0 ? true : undefined} aria-describedby="photo-hint"
            onChange={(e) => { pick(e.currentTarget.files); e.currentTarget.value = ''; }} />
        </label>
        <p id="photo-hint" className="muted">{p('photoHint')}</p>
        {photos.length > 0 && (
          <ul className="picked" data-testid="photos-picked">
            {photos.map((x) => (
              <li key={x.key}><span>{x.file.name}</span>
                <button type="button" className="link" aria-label={`${p('photoRemove')} ${x.file.name}`} onClick={() => setPhotos(photos.filter((y) => y.key !== x.key))}>{p('photoRemove')}</button>
              </li>
            ))}
          </ul>
        )}
        {photoErrors.length > 0 && (
          <div role="alert" className="error" data-testid="photo-error">{photoErrors.map((e, i) => <p key={i}>{e}</p>)}</div>
        )}
        <ProblemBox problem={problem} />
        {(!done || photos.length > 0) && (
          <button type="submit" disabled={busy}>{busy ? p('sending') : done ? p('sendPhotos') : p('send')}</button>
        )}
        <a className="button secondary" href={href('/problems')}>{done ? p('finish') : p('cancel')}</a>
      </form>
    </section>
  );
}
