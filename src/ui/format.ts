/** Fills `{0}`, `{1}` … in a translated template; translators may reorder the slots. */
export function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per locale and options, made once: building one costs about a
 * millisecond, and a list formats a date in every row.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = dateFormats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, made);
  }
  return made;
}

/**
 * The bases of a strings object's plural sets: a key `X__other` (with `X__one` beside it, and any
 * other category a language's rules have) makes `X` a base. fi, sv and en have `one` and `other`.
 * Two underscores, because one already names choices (`Channel_other` is the channel "Other").
 */
export type PluralKey<S> = { [K in keyof S]: K extends `${infer Base}__other` ? Base : never }[keyof S];

const pluralRules = new Map<string, Intl.PluralRules>();

/** The language's plural rules, made once per locale. */
export function pluralRulesFor(locale: string): Intl.PluralRules {
  let made = pluralRules.get(locale);
  if (!made) {
    try {
      made = new Intl.PluralRules(locale);
    } catch {
      // Not a language tag the browser knows (RangeError): English rules rather than no text.
      made = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, made);
  }
  return made;
}

/**
 * A count with its noun in the right form ("1 comment", "2 comments"; "1 kommentti", "2
 * kommenttia"): picks `<base>__<category>` by `new Intl.PluralRules(locale).select(count)`
 * (`<base>__other` when a language has no string of its own for that category) and fills it with
 * `values`, or with the count alone when none are given ("{0} of {1} seats free" picks by {1}).
 */
export function plural<S extends object>(
  strings: S,
  base: PluralKey<S> & string,
  locale: string,
  count: number,
  ...values: Array<string | number>
): string {
  const table = strings as unknown as Record<string, string | undefined>;
  const template = table[`${base}__${pluralRulesFor(locale).select(count)}`] ?? table[`${base}__other`] ?? base;
  return format(template, ...(values.length ? values : [count]));
}
