// The `menkou` command, assembled from the rooms' commands. Only the command being run is
// loaded (its module pulls in the database, the server or an engine); the others are listed
// by name and summary, so `menkou --help` and every command start without loading the rest.
import { Command } from 'commander';
import { COMMANDS } from './commands.js';
import { reportFailure } from './run.js';

/** The command the arguments name (`menkou help X` names X), if any. */
function requested(args: string[]): string | undefined {
  const words = args.filter((arg) => !arg.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

async function main(): Promise<void> {
  const program = new Command()
    .name('menkou')
    .description('门口 menkou：点对点劳务输出，从家门口到厂门口 / point-to-point labour export, from the home door to the factory gate')
    .version('0.1.0')
    .showHelpAfterError('(--help 查看用法 / for usage)');
  const wanted = requested(process.argv.slice(2));
  for (const entry of COMMANDS) {
    if (entry.name === wanted) (await entry.load())(program);
    else program.command(entry.name).description(entry.summary);
  }
  program.exitOverride((error) => {
    // commander's own usage errors (unknown option, missing argument): exit 2 like bad input.
    process.exit(error.exitCode === 0 ? 0 : 2);
  });
  await program.parseAsync(process.argv);
}

try {
  await main();
} catch (error) {
  // Failures outside an action (an option's own parser) get the same one line and status.
  reportFailure(error);
}
