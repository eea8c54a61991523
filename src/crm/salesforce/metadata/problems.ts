/** One finding of the metadata validation: which file, what is wrong. */
export interface Problem {
  /** Path relative to the source root, so messages stay short and stable. */
  readonly file: string;
  readonly message: string;
}

export const problem = (file: string, message: string): Problem => ({ file, message });

export const formatProblems = (problems: readonly Problem[]): string =>
  problems.map((p) => `${p.file}: ${p.message}`).join('\n');
