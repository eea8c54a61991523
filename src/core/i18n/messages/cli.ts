import type { MessageTemplate } from '../types.js';

/** The `kam` command line. */
export const cliMessages = {
  'cli.score.completeness': { de: 'Datenbasis', en: 'Data completeness' },
  'cli.score.strategy': { de: 'Strategie', en: 'Strategy' },
  'cli.score.reasons': { de: 'Gründe', en: 'Reasons' },
  'cli.score.gaps': { de: 'Lücken und Risiken', en: 'Gaps and risks' },
  'cli.score.none': { de: '– keine –', en: '– none –' },
  'cli.score.criteria': { de: 'Kriterien', en: 'Criteria' },
  'cli.score.points': { de: '{points} Punkte (Gewicht {weight})', en: '{points} points (weight {weight})' },
  'cli.score.model': {
    de: 'Modell {model} {version} · Eingaben {hash}',
    en: 'Model {model} {version} · inputs {hash}',
  },
  'cli.model.valid': {
    de: '{file}: gültiges Modell mit {criteria} Kriterien, {warnings} Warnungen.',
    en: '{file}: valid model with {criteria} criteria, {warnings} warnings.',
  },
  'cli.error.fileNotFound': { de: 'Datei nicht gefunden: {file}', en: 'File not found: {file}' },
  'cli.error.fileUnreadable': {
    de: 'Datei {file} kann nicht gelesen werden ({reason})',
    en: 'Cannot read file {file} ({reason})',
  },
  'cli.error.invalidJson': {
    de: '{file} ist kein gültiges JSON: {reason}',
    en: '{file} is not valid JSON: {reason}',
  },
  'cli.error.invalidField': { de: '{file}: Feld {field}: {problem}', en: '{file}: field {field}: {problem}' },
  'cli.error.root': { de: '(Wurzel)', en: '(root)' },
  'cli.error.moreIssues': { de: '(weitere Fehler: {count})', en: '(further problems: {count})' },
} as const satisfies Record<string, MessageTemplate>;
