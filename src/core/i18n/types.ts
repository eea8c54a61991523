export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text a person reads, in every language the product speaks. */
export type LocalizedText = Readonly<Record<Lang, string>>;

/** A catalog entry: one template per language, placeholders as `{name}`. */
export type MessageTemplate = LocalizedText;

/** A value put into a template, formatted for each language. */
export type MessageParam =
  | string
  | number
  | { readonly money: number; readonly currency?: string }
  | { readonly percent: number }
  /** A number shown with its sign: +1.5, −2. */
  | { readonly signed: number }
  | { readonly date: string }
  | { readonly term: string }
  | { readonly text: LocalizedText };

export type MessageParams = Readonly<Record<string, MessageParam>>;
