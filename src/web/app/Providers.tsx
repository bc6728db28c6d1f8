// Query cache, antd's theme and locale (zh_CN / en_US, following the language switch).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { isApiError } from '../api/errors';
import { useLanguage } from '../i18n';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final (not found, not allowed, bad filter); retry only the rest once.
      retry: (failures, error) => failures < 1 && !(isApiError(error) && error.problem.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

export function Providers({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1668dc' } }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
