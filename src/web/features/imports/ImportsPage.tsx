// Placeholder: the route, menu entry and title exist; the page itself is still to build.
import { ComingSoon } from '../../components/ComingSoon';

export function ImportsPage() {
  return <ComingSoon />;
}
