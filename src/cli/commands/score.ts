import type { Command } from 'commander';
import { AccountSnapshot } from '../../core/model/index.js';
import { analyseAccount } from '../../core/account-view.js';
import { DEFAULT_MODEL, modelWarnings, ScoringModel } from '../../core/scoring/index.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { langOption, resolveLang, useZodLanguage } from '../lang.js';
import { readJsonFile } from '../read-input.js';
import { renderScore } from '../render-score.js';

interface ScoreOptions {
  readonly file: string;
  readonly model?: string;
  readonly lang?: string;
  readonly json?: boolean;
}

export function registerScore(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('score')
    .description(
      'score one key account from a snapshot file / einen Key Account aus einer Snapshot-Datei bewerten',
    )
    .requiredOption('-f, --file <snapshot.json>', 'account snapshot (JSON)')
    .option('-m, --model <model.json>', 'scoring model (JSON); default: the built-in KAM model')
    .addOption(langOption())
    .option('--json', 'print the full result as JSON')
    .action(async (options: ScoreOptions) => {
      const lang = resolveLang(options.lang, io.env);
      useZodLanguage(lang);
      const snapshot = await readJsonFile(options.file, AccountSnapshot, io.readFile, lang);
      const model = options.model
        ? await readJsonFile(options.model, ScoringModel, io.readFile, lang)
        : DEFAULT_MODEL;
      for (const warning of modelWarnings(model)) io.err(`kam: ${warning.text[lang]}`);
      // The score with the gaps of every analysis (buying center, plan, projects, …), as a rep sees them.
      const view = analyseAccount(snapshot, model, io.now());
      const result = { ...view.score, gaps: view.gaps };
      io.out(
        options.json
          ? JSON.stringify(result, null, 2)
          : renderScore(snapshot.account.name, result, lang, snapshot.account.currency),
      );
      setExit(EXIT.ok);
    });
}
