/**
 * The generator's Markdown (generated/README.md) as Prettier formats it. With `proseWrap:
 * "preserve"` Prettier keeps the generator's headings, paragraphs and lists as written; what it
 * changes is tables, whose columns it pads to one width each (prettier/src/language-markdown/
 * print/table.js). Returns undefined for a table cell this function cannot measure or whose text
 * Prettier might escape (outside inline code: letters, digits, spaces and `,.()/:-` only; no
 * character beyond ASCII), so that the caller has Prettier format the file.
 */
export function formatMarkdownTables(source: string): string | undefined {
  const lines = source.split('\n');
  const output: string[] = [];
  for (let index = 0; index < lines.length;) {
    if (!isTableRow(lines[index]!)) {
      output.push(lines[index]!);
      index += 1;
      continue;
    }
    const rows: string[][] = [];
    while (index < lines.length && isTableRow(lines[index]!)) {
      const cells = splitRow(lines[index]!);
      if (cells === undefined) return undefined;
      rows.push(cells);
      index += 1;
    }
    const table = alignTable(rows);
    if (table === undefined) return undefined;
    output.push(...table);
  }
  return output.join('\n');
}

function isTableRow(line: string): boolean {
  return line.startsWith('|') && line.trimEnd().endsWith('|');
}

function splitRow(line: string): string[] | undefined {
  const inner = line.trim().slice(1, -1);
  // Every `|` must separate cells: none inside inline code.
  const cells = inner.split('|').map((cell) => cell.trim());
  for (const cell of cells) {
    const outsideCode = cell.split('`').filter((_, position) => position % 2 === 0);
    if ((cell.match(/`/g) ?? []).length % 2 !== 0) return undefined;
    if (!outsideCode.every((text) => /^[A-Za-z0-9 ,.()/:-]*$/.test(text))) return undefined;
    // eslint-disable-next-line no-control-regex
    if (/[^\u0020-\u007e]/.test(cell)) return undefined;
  }
  return cells;
}

function alignTable(rows: string[][]): string[] | undefined {
  const [header, delimiter, ...body] = rows;
  if (header === undefined || delimiter === undefined) return undefined;
  // Only tables without column alignment (`---`, not `:--`).
  if (delimiter.length !== header.length || !delimiter.every((cell) => /^-{3,}$/.test(cell))) return undefined;
  if (body.some((row) => row.length !== header.length)) return undefined;
  const widths = header.map((_, column) => Math.max(3, ...[header, ...body].map((row) => row[column]!.length)));
  const row = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell + ' '.repeat(widths[column]! - cell.length)).join(' | ')} |`;
  return [row(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...body.map(row)];
}
