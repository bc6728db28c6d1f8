// The server's refusal of a worker form shown on the fields it names: a registration
// names every broken field at once (problem.issues), in both languages.
import type { FormInstance } from 'antd';
import { isApiError, messageOf } from '../../api/errors';
import type { Language } from '../../i18n';

type Issue = { field: string; zh: string; en: string };

/** Sets the field errors; returns the message for a toast when no field of the form is named. */
export function showFieldErrors(form: FormInstance, fields: ReadonlySet<string>, error: unknown, language: Language): string | undefined {
  const issues: Issue[] = isApiError(error) ? (error.problem.issues ?? []) : [];
  const { message, field } = messageOf(error, language);
  const named = issues.length > 0 ? issues : field ? [{ field, zh: message, en: message }] : [];
  const onForm = named.filter((i) => fields.has(i.field));
  if (onForm.length === 0) return message;
  form.setFields(onForm.map((i) => ({ name: i.field, errors: [issues.length > 0 ? (language === 'en' ? i.en : i.zh) : message] })));
  return undefined;
}
