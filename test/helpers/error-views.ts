import util from 'node:util';

/**
 * Every text through which a credential could leave an error: `message`, `stack`, `String`,
 * `JSON.stringify` and `util.inspect` (depth 10) of the error and of each error in its `cause`
 * chain (and an AggregateError's `errors`), keyed by where the text came from ("error message",
 * "error.cause util.inspect", …). A view that cannot be rendered says so instead of throwing.
 * The secret searches of the test suites run over these.
 */
export function errorViews(error: unknown): Record<string, string> {
  const views: Record<string, string> = {};
  const seen = new Set<unknown>();
  const render = (text: () => string | undefined): string => {
    try {
      return text() ?? '';
    } catch (renderError) {
      return `(could not render: ${String(renderError)})`;
    }
  };
  const visit = (value: unknown, where: string, depth: number): void => {
    if (value === undefined || value === null || seen.has(value) || depth > 8) return;
    seen.add(value);
    views[`${where} String`] = render(() => String(value));
    views[`${where} JSON.stringify`] = render(() => JSON.stringify(value));
    views[`${where} util.inspect`] = render(() => util.inspect(value, { depth: 10 }));
    if (typeof value !== 'object') return;
    let fields: { message?: unknown; stack?: unknown; cause?: unknown; errors?: unknown };
    try {
      const { message, stack, cause, errors } = value as typeof fields;
      fields = { message, stack, cause, errors };
    } catch {
      return; // a getter that throws: the views above are all there is
    }
    const { message, stack, cause, errors } = fields;
    if (message !== undefined) views[`${where} message`] = render(() => String(message));
    if (stack !== undefined) views[`${where} stack`] = render(() => String(stack));
    visit(cause, `${where}.cause`, depth + 1);
    if (Array.isArray(errors)) errors.forEach((inner, index) => visit(inner, `${where}.errors[${index}]`, depth + 1));
  };
  visit(error, 'error', 0);
  return views;
}
