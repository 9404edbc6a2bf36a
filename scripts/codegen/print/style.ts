import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../parse-document.js';
import type { PrintStyle } from './doc.js';

/**
 * The Prettier configuration that applies to files in `dir`, found the way Prettier finds it (the
 * nearest folder upwards holding a configuration file, files checked in Prettier's order), read
 * without loading Prettier.
 *
 * `exact` is true when the generator's printer reproduces these options: every option it does not
 * implement is at Prettier's default. Otherwise (another trailing-comma style, tabs, overrides, a
 * JavaScript configuration file…) the caller formats the printed files with Prettier itself.
 */
export interface ResolvedStyle {
  readonly style: PrintStyle;
  readonly exact: boolean;
  /** Why not exact, for the log. */
  readonly reason?: string;
}

const DEFAULT_STYLE: PrintStyle = { printWidth: 80, tabWidth: 2, singleQuote: false };

/** Options the printer implements, with the values it accepts. */
const IMPLEMENTED: Readonly<Record<string, (value: unknown) => boolean>> = {
  printWidth: (value) => Number.isInteger(value) && (value as number) > 0,
  tabWidth: (value) => Number.isInteger(value) && (value as number) > 0,
  singleQuote: (value) => typeof value === 'boolean',
};

/** Options whose Prettier 3 default the printer assumes; any other value is not reproduced. */
const ASSUMED_DEFAULTS: Readonly<Record<string, unknown>> = {
  trailingComma: 'all',
  semi: true,
  useTabs: false,
  bracketSpacing: true,
  bracketSameLine: false,
  quoteProps: 'as-needed',
  arrowParens: 'always',
  endOfLine: 'lf',
  objectWrap: 'preserve',
  proseWrap: 'preserve',
  experimentalTernaries: false,
  experimentalOperatorPosition: 'end',
  jsxSingleQuote: false,
  singleAttributePerLine: false,
  embeddedLanguageFormatting: 'auto',
};

/** Prettier's search order within one folder (prettier/src/config/config-searcher.js). */
const CONFIG_FILES = [
  'package.json',
  'package.yaml',
  '.prettierrc',
  '.prettierrc.json',
  '.prettierrc.yaml',
  '.prettierrc.yml',
  '.prettierrc.json5',
  '.prettierrc.js',
  '.prettierrc.ts',
  '.prettierrc.mjs',
  '.prettierrc.mts',
  '.prettierrc.cjs',
  '.prettierrc.cts',
  'prettier.config.js',
  'prettier.config.ts',
  'prettier.config.mjs',
  'prettier.config.mts',
  'prettier.config.cjs',
  'prettier.config.cts',
  '.prettierrc.toml',
];

export function resolvePrintStyle(dir: string): ResolvedStyle {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    for (const name of CONFIG_FILES) {
      const file = path.join(current, name);
      if (!existsSync(file)) continue;
      const options = readOptions(file);
      if (options === null) continue; // a package.json without a "prettier" key
      if (options === undefined) return { style: DEFAULT_STYLE, exact: false, reason: `${file} is not read here` };
      return styleOf(options, file);
    }
    if (path.dirname(current) === current) return { style: DEFAULT_STYLE, exact: true };
  }
}

/** The options in a configuration file; null when the file holds none, undefined when it cannot be read here. */
function readOptions(file: string): Record<string, unknown> | null | undefined {
  const name = path.basename(file);
  const text = readFileSync(file, 'utf8');
  if (name === 'package.json' || name === 'package.yaml') {
    const manifest = (name === 'package.json' ? JSON.parse(text) : parseDocument(text, file)) as Record<
      string,
      unknown
    > | null;
    const options = manifest?.['prettier'];
    if (options === undefined) return null;
    return isPlainObject(options) ? options : undefined; // a string names a shared configuration
  }
  if (
    name === '.prettierrc' ||
    name === '.prettierrc.json' ||
    name === '.prettierrc.yaml' ||
    name === '.prettierrc.yml'
  ) {
    // `.prettierrc` may be JSON or YAML (YAML reads both), as for Prettier.
    const options: unknown = name === '.prettierrc.json' ? JSON.parse(text) : parseDocument(text, file);
    return isPlainObject(options) ? options : undefined;
  }
  return undefined;
}

function styleOf(options: Record<string, unknown>, file: string): ResolvedStyle {
  const style: Record<string, unknown> = { ...DEFAULT_STYLE };
  for (const [key, value] of Object.entries(options)) {
    if (key === '$schema') continue;
    const implemented = IMPLEMENTED[key];
    if (implemented !== undefined && implemented(value)) {
      style[key] = value;
      continue;
    }
    if (key in ASSUMED_DEFAULTS && ASSUMED_DEFAULTS[key] === value) continue;
    return { style: style as unknown as PrintStyle, exact: false, reason: `${file}: option ${key} is not reproduced` };
  }
  return { style: style as unknown as PrintStyle, exact: true };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
