// The `menkou` command, assembled from the rooms' commands.
import { Command } from 'commander';
import { registerAllocateCommand } from '../allocation/allocate.command.js';
import { registerMatchCommand } from '../allocation/match.command.js';
import { registerDemoCommand } from '../demo/demo.command.js';
import { registerExportCommand } from '../imports/export.command.js';
import { registerImportCommand } from '../imports/import.command.js';
import { registerServeCommand } from '../serve.command.js';
import { registerPlanTripsCommand } from '../trips/plan-trips.command.js';
import { registerTripsCommand } from '../trips/trips.command.js';
import { registerDbCommand } from '../db/db.command.js';
import { registerAuditCommand, registerUsersCommand } from '../auth/users.command.js';
import { registerCampaignsCommand } from '../campaigns/campaigns.command.js';
import { registerReconcileCommand } from '../departure/reconcile.command.js';
import { reportFailure } from './run.js';

const program = new Command()
  .name('menkou')
  .description('门口 menkou：点对点劳务输出，从家门口到厂门口 / point-to-point labour export, from the home door to the factory gate')
  .version('0.1.0')
  .showHelpAfterError('(--help 查看用法 / for usage)');

registerServeCommand(program);
registerDemoCommand(program);
registerImportCommand(program);
registerExportCommand(program);
registerDbCommand(program);
registerMatchCommand(program);
registerAllocateCommand(program);
registerPlanTripsCommand(program);
registerTripsCommand(program);
registerUsersCommand(program);
registerAuditCommand(program);
registerCampaignsCommand(program);
registerReconcileCommand(program);

program.exitOverride((error) => {
  // commander's own usage errors (unknown option, missing argument): exit 2 like bad input.
  process.exit(error.exitCode === 0 ? 0 : 2);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Failures outside an action (an option's own parser) get the same one line and status.
  reportFailure(error);
}
