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

// antd's default grey texts (45% black), link blue (#1677ff) and error red (#ff4d4f) fall
// short of WCAG AA contrast on white; these meet it.
const THEME = {
  token: {
    colorPrimary: '#1668dc', colorTextSecondary: 'rgba(0, 0, 0, 0.65)', colorTextTertiary: 'rgba(0, 0, 0, 0.6)', colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)', colorLink: '#1668dc', colorError: '#cf1322',
    // Office PCs in China: YaHei on Windows, PingFang on macOS, Noto on Linux.
    fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans SC', 'Noto Sans S Chinese', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
};

export function Providers({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={THEME}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
