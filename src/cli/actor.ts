// Who a CLI command acts as: the OS user who ran it, as a system actor (`cli:alice`), so
// that an import, export or plan made on the server's console is as traceable in the audit
// log as one made by an officer through the API.
import os from 'node:os';
import { CLI_ACTOR, type Actor } from '../auth/actor.js';

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
  // CLI_ACTOR's rights under the user's name (what systemActor gives, without loading the audit log's module).
  return { ...CLI_ACTOR, login: `cli:${user}`, name: `命令行 CLI (${user})` };
}
