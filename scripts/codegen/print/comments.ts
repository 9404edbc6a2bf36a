import { hardline, join, literalline, markAsRoot, type Doc } from './doc.js';

/*
 * Block comments as Prettier 3 prints them (prettier/src/language-js/print/comment.js): a comment
 * whose every line starts with `*` is re-aligned, one ` *` under the other, each line trimmed at the
 * end (but for two trailing spaces of a JSDoc line, a Markdown line break); any other comment is
 * kept as written.
 */

/** The document of a block comment written as `source` (`/* … *\/`). */
export function blockComment(source: string): Doc {
  const value = source.slice(2, -2);
  if (!value.includes('\n')) return source;
  const lines = `*${value}*`.split('\n').map((line) => line.trimStart());
  if (!lines.every((line) => line.startsWith('*'))) return ['/*', join(literalline, value.split('\n')), '*/'];
  const isJsDoc = value[0] === '*' && value[1] !== '*';
  return [
    '/',
    lines.map((line, index) => {
      if (index === 0) return [line.trimEnd(), hardline];
      if (index === lines.length - 1) return [' ', line];
      const trimmed = line.trimEnd();
      return isJsDoc && trimmed !== '*' && line.endsWith('  ')
        ? [' ', trimmed, '  ', markAsRoot(literalline)]
        : [' ', trimmed, hardline];
    }),
    '/',
  ];
}

export interface JsDocTag {
  readonly tagName: string;
  readonly text?: string;
}

/**
 * A JSDoc comment as ts-morph writes it from a description and tags (the generator's modules used
 * ts-morph; their output must not change): one line when the description alone fits on one,
 * otherwise ` * ` before each line of the description, then of each tag.
 */
export function jsDocSource(description: string, tags: readonly JsDocTag[] = []): string {
  if (tags.length === 0 && !/[\r\n]/.test(description)) return description === '' ? '/** */' : `/** ${description} */`;
  const lines = description === '' ? [] : description.split(/\r?\n/);
  for (const tag of tags) {
    const text = tag.text === undefined || tag.text === '' ? '' : ` ${tag.text}`;
    lines.push(...`@${tag.tagName}${text}`.split(/\r?\n/));
  }
  return `/**\n${lines.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n')}\n */`;
}

/** A JSDoc comment, then the line break that puts what it documents on the next line. */
export function withJsDoc(description: string | undefined, printed: Doc, tags: readonly JsDocTag[] = []): Doc {
  if (description === undefined) return printed;
  return [blockComment(jsDocSource(description, tags)), hardline, printed];
}
