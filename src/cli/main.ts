import { Command, CommanderError } from 'commander';
import { registerDemo } from './commands/demo.js';
import { registerModel } from './commands/model.js';
import { registerRescore } from './commands/rescore.js';
import { registerSandbox } from './commands/sandbox.js';
import { registerScore } from './commands/score.js';
import { registerServe } from './commands/serve.js';
import { registerTenant } from './commands/tenant.js';
import { registerSetup } from './commands/setup.js';
import type { CliIo } from './io.js';
import { EXIT, InputError } from './io.js';

/** Runs `kam` with the given arguments (without `node kam`) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('kam')
    .description('Key Account Management for HubSpot and Salesforce')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError();
  registerScore(program, io, setExit);
  registerModel(program, io, setExit);
  registerSandbox(program, io, setExit);
  registerSetup(program, io, setExit);
  registerRescore(program, io, setExit);
  registerServe(program, io, setExit);
  registerDemo(program, io, setExit);
  registerTenant(program, io, setExit);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version end with code 0; usage errors with 2
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (e instanceof InputError) {
      io.err(`kam: ${e.message}`);
      return EXIT.badInput;
    }
    io.err(`kam: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.failure;
  }
  return exitCode;
}
