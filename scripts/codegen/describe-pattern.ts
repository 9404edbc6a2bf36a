/**
 * A `pattern` in words, for the validator's message: `^inv_[1-9A-HJ-NP-Za-km-z]{1,64}$` on the
 * schema `InvoiceId` reads "an invoice id: `inv_` followed by 1 to 64 base58 characters". Only the
 * shape real identifiers use is put in words (a literal prefix, then one character class with a
 * count); for any other pattern there is no description and the message shows the regex alone.
 */

/** Character sets with a name, largest first (a class is described by the names that cover it). */
const NAMED_SETS: readonly (readonly [name: string, ranges: string])[] = [
  ['visible ASCII characters', '!-~'],
  ['letters and digits', '0-9A-Za-z'],
  ['base58 characters', '1-9A-HJ-NP-Za-km-z'],
  ['letters', 'A-Za-z'],
  ['hexadecimal digits', '0-9A-Fa-f'],
  ['lower-case letters and digits', '0-9a-z'],
  ['upper-case letters and digits', '0-9A-Z'],
  ['lower-case hexadecimal digits', '0-9a-f'],
  ['lower-case letters', 'a-z'],
  ['upper-case letters', 'A-Z'],
  ['digits', '0-9'],
];
/** Characters beyond the named sets that a description lists one by one (`_` and `-`), at most this many. */
const MAX_LISTED_CHARACTERS = 4;

export interface PatternContext {
  /** What the value is, from the schema's `title` or its component name (`InvoiceId` → "invoice id"). */
  readonly noun?: string | undefined;
  /** `x-id-prefix`: the prefix the pattern must start with for the description to name it. */
  readonly idPrefix?: string | undefined;
}

export function describePattern(pattern: string, context: PatternContext = {}): string | undefined {
  const match = /^\^((?:[A-Za-z0-9_]|\\[-._/:])*)\[([^\]^][^\]]*)\](\{\d+(?:,\d*)?\}|[+*])?\$$/u.exec(pattern);
  if (match === null) return undefined;
  const prefix = match[1]!.replace(/\\(.)/gu, '$1');
  if (context.idPrefix !== undefined && context.idPrefix !== prefix) return undefined;
  const characters = describeClass(match[2]!);
  const count = describeCount(match[3]);
  if (characters === undefined || count === undefined) return undefined;
  const rest = `${count.words} ${count.one ? singular(characters) : characters}`;
  const shape = prefix === '' ? rest : `\`${prefix}\` followed by ${rest}`;
  const noun = context.noun?.trim();
  return noun ? `${/^[aeiou]/iu.test(noun) ? 'an' : 'a'} ${noun}: ${shape}` : shape;
}

/** `InvoiceId` → `invoice id`; `sales_invoice-id` → `sales invoice id`. */
export function nounOf(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/gu, '$1 $2')
    .replace(/[_\-.\s]+/gu, ' ')
    .trim()
    .toLowerCase();
}

function describeClass(body: string): string | undefined {
  const members = classMembers(body);
  if (members === undefined || members.size === 0) return undefined;
  const names: string[] = [];
  const left = new Set(members);
  for (const [name, ranges] of NAMED_SETS) {
    const set = classMembers(ranges)!;
    if (![...set].every((char) => left.has(char))) continue;
    names.push(name);
    for (const char of set) left.delete(char);
  }
  if (left.size > MAX_LISTED_CHARACTERS || (names.length === 0 && left.size > 1)) return undefined;
  const listed = [...left].sort().map((char) => `\`${char}\``);
  if (names.length === 0) return `${listed[0]} characters`;
  const parts = [
    ...names.map((name, index) => (index < names.length - 1 ? name.replace(/ characters$/u, '') : name)),
    ...listed,
  ];
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The ASCII characters a class body (`1-9A-HJ-N_\-`) admits, or undefined for anything else (escapes such as `\d`, non-ASCII). */
function classMembers(body: string): Set<string> | undefined {
  // Each token: a character, and whether it was escaped (an escaped `-` is not a range).
  const tokens: { readonly char: string; readonly escaped: boolean }[] = [];
  for (let index = 0; index < body.length; index += 1) {
    if (body[index] !== '\\') tokens.push({ char: body[index]!, escaped: false });
    else {
      const next = body[(index += 1)];
      if (next === undefined || /[A-Za-z0-9]/u.test(next)) return undefined;
      tokens.push({ char: next, escaped: true });
    }
  }
  const members = new Set<string>();
  for (let index = 0; index < tokens.length; index += 1) {
    const dash = tokens[index + 1];
    const to = tokens[index + 2];
    if (dash !== undefined && dash.char === '-' && !dash.escaped && to !== undefined) {
      for (let code = tokens[index]!.char.charCodeAt(0); code <= to.char.charCodeAt(0); code += 1)
        members.add(String.fromCharCode(code));
      index += 2;
    } else members.add(tokens[index]!.char);
  }
  return [...members].every((char) => char >= ' ' && char <= '~') ? members : undefined;
}

function describeCount(quantifier: string | undefined): { words: string; one: boolean } | undefined {
  if (quantifier === undefined) return { words: '1', one: true };
  if (quantifier === '+') return { words: 'one or more', one: false };
  if (quantifier === '*') return { words: 'any number of', one: false };
  const [min, max] = quantifier.slice(1, -1).split(',') as [string, string | undefined];
  if (max === undefined) return { words: min, one: min === '1' };
  if (max === '') return { words: `at least ${min}`, one: false };
  return min === max ? { words: min, one: min === '1' } : { words: `${min} to ${max}`, one: false };
}

/** `base58 characters` → `base58 character`, `letters and digits` → `letter or digit`. */
function singular(words: string): string {
  return words.replace(/s\b/gu, '').replace(/ and /gu, ' or ');
}
