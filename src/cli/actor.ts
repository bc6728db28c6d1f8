// Who a CLI command acts as: the OS user who ran it, as a system actor (`cli:alice`), so
// that an import, export or plan made on the server's console is as traceable in the audit
// log as one made by an officer through the API.
import os from 'node:os';
import type { Actor } from '../auth/actor.js';
import { systemActor } from '../auth/audit.service.js';

function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (some containers): the environment, else the numeric uid.
    return process.env.USER ?? process.env.LOGNAME ?? `uid-${process.getuid?.() ?? 'unknown'}`;
  }
}

export function cliActor(): Actor {
  const user = osUserName();
  return systemActor(`cli:${user}`, `命令行 CLI (${user})`);
}
