// Contrast fixes for this room's pages, until the console's theme carries them: antd's
// link colour (#1677ff) and error red (#ff4d4f) fall short of WCAG AA contrast on white.
import { ConfigProvider, theme } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A link to a record's page in the theme's primary colour (#1668dc, which meets AA). */
export function RecordLink({ to, children }: { to: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return <Link to={to} style={{ color: token.colorPrimary }}>{children}</Link>;
}

/** Field errors in a darker red (5.9:1 on white). */
export function ReadableErrors({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={{ token: { colorError: '#cf1322' } }}>{children}</ConfigProvider>;
}
