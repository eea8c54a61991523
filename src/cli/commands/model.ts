import type { Command } from 'commander';
import { t } from '../../core/i18n/index.js';
import { DEFAULT_MODEL, modelWarnings, ScoringModel } from '../../core/scoring/index.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { langOption, resolveLang, useZodLanguage } from '../lang.js';
import { readJsonFile } from '../read-input.js';

export function registerModel(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const model = program
    .command('model')
    .description('show or check scoring models / Bewertungsmodelle anzeigen oder prüfen');

  model
    .command('show')
    .description('print the built-in default model as JSON, a starting point for your own')
    .action(() => {
      io.out(JSON.stringify(DEFAULT_MODEL, null, 2));
      setExit(EXIT.ok);
    });

  model
    .command('check')
    .description('validate a model file and list guardrail warnings')
    .requiredOption('-f, --file <model.json>', 'scoring model (JSON)')
    .addOption(langOption())
    .action(async (options: { file: string; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      useZodLanguage(lang);
      const checked = await readJsonFile(options.file, ScoringModel, io.readFile, lang);
      const warnings = modelWarnings(checked);
      for (const w of warnings) io.out(`! ${w.text[lang]}`);
      io.out(
        t('cli.model.valid', lang, {
          file: options.file,
          criteria: checked.criteria.length,
          warnings: warnings.length,
        }),
      );
      setExit(EXIT.ok);
    });
}
