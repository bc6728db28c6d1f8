// Progress bars on stderr for work that takes more than a moment; silent when stderr is
// not a terminal, so scripts and --json output stay clean.
import cliProgress from 'cli-progress';

export type ProgressBar = { update: (value: number, total?: number, payload?: Record<string, unknown>) => void; stop: () => void };

export function progressBar(label: string, unit = ''): ProgressBar {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total}${unit} | {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(value, total, payload) {
      if (!started) {
        bar.start(total ?? 100, value, payload);
        started = true;
      } else {
        if (total !== undefined) bar.setTotal(total);
        bar.update(value, payload);
      }
    },
    stop() {
      // Safe to call twice: a command stops the bar before its next output and again in finally.
      if (started) bar.stop();
      started = false;
    },
  };
}
