// Every page's loading, empty and error states in one place. Errors show the API's
// message in the user's language and name the field it is about.
import { Button, Empty, Flex, Result, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/errors';
import { useLanguage } from '../i18n';

/** What PageState needs from a TanStack query (useQuery's result fits). */
export type QueryLike<T> = { data: T | undefined; error: unknown; isPending: boolean; refetch?: () => unknown };

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }} role="status" aria-live="polite">
      <Spin description={label ?? t('common.loading')} />
    </Flex>
  );
}

export function EmptyState({ description, children }: { description?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Empty description={description ?? t('common.empty')} style={{ padding: '48px 0' }}>
      {children}
    </Empty>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) {
  const { t } = useTranslation();
  const { message, field } = messageOf(error, useLanguage());
  return (
    <Result
      status="error"
      title={t('common.error')}
      subTitle={
        <span role="alert">
          {message}
          {field && (
            <>
              {' · '}
              {t('common.field')} <Typography.Text code>{field}</Typography.Text>
            </>
          )}
        </span>
      }
      extra={onRetry && <Button onClick={() => void onRetry()}>{t('common.retry')}</Button>}
    />
  );
}

type PageStateProps<T> = {
  query: QueryLike<T>;
  /** When the data is there but there is nothing to show. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
};

/** `<PageState query={q} isEmpty={(d) => d.items.length === 0}>{(d) => …}</PageState>` */
export function PageState<T>({ query, isEmpty, empty, children }: PageStateProps<T>) {
  if (query.error) return <ErrorState error={query.error} onRetry={query.refetch} />;
  if (query.isPending || query.data === undefined) return <LoadingState />;
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState />}</>;
  return <>{children(query.data)}</>;
}
