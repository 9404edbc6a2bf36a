// Whether every string one JSON Schema `pattern` accepts is accepted by another: the question the
// release report asks when a spec rewrites a pattern (`^[A-Z]{3}$` → `^[A-Za-z]{3}$` only widens;
// `^[0-9]{1,15}$` → `^[0-9]{1,20}$` too). Patterns are parsed by regexpp (the parser ESLint uses),
// turned into automata over the UTF-16 code units JavaScript matches, and compared by exploring
// both at once. Patterns with what automata cannot express (back-references, lookarounds, word
// boundaries, anchors inside) or too large to explore give `undefined`: the caller then says
// "changed" and classifies the change as breaking.
import { RegExpParser } from '@eslint-community/regexpp';
import type {
  Alternative,
  CharacterClass,
  CharacterClassElement,
  CharacterSet,
  Element,
} from '@eslint-community/regexpp/ast';

/** Half-open ranges of UTF-16 code units, sorted and disjoint. */
type Ranges = readonly (readonly [number, number])[];

const UNITS = 0x10000;
const ANY: Ranges = [[0, UNITS]];
const LINE_TERMINATORS: Ranges = [
  [0x0a, 0x0b],
  [0x0d, 0x0e],
  [0x2028, 0x202a],
];
const DIGIT: Ranges = [[0x30, 0x3a]];
const WORD: Ranges = [
  [0x30, 0x3a],
  [0x41, 0x5b],
  [0x5f, 0x60],
  [0x61, 0x7b],
];
const SPACE: Ranges = normalise(
  [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
    .map((unit) => [unit, unit + 1] as const)
    .concat([[0x2000, 0x200b]]),
);
/** Beyond this many automaton states or explored pairs, the answer is "unknown". */
const MAX_STATES = 20_000;
const MAX_PAIRS = 50_000;

class Unsupported extends Error {}

interface Nfa {
  /** Per state: its ε-successors and its labelled edges. */
  readonly epsilon: number[][];
  readonly edges: { ranges: Ranges; to: number }[][];
  start: number;
  accept: number;
  /** The `i` flag: letters match either case (ASCII only, as JavaScript without `u` folds them). */
  readonly ignoreCase: boolean;
}

/**
 * `true` if every string `inner` accepts is accepted by `outer`, `false` if one is not, and
 * `undefined` if either pattern is beyond this comparison. A pattern is a JSON Schema `pattern`
 * (no flags), or a RegExp (such as a format's) whose only flag may be `i`.
 */
export function patternIncludes(outer: string | RegExp, inner: string | RegExp): boolean | undefined {
  try {
    return includes(compile(outer), compile(inner));
  } catch (error) {
    if (error instanceof Unsupported || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function compile(source: string | RegExp): Nfa {
  const pattern = typeof source === 'string' ? source : source.source;
  const flags = typeof source === 'string' ? '' : source.flags;
  if (flags !== '' && flags !== 'i') throw new Unsupported(`flags ${flags}`);
  const parsed = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, {
    unicode: false,
  });
  const nfa: Nfa = { epsilon: [], edges: [], start: 0, accept: 0, ignoreCase: flags === 'i' };
  const start = state(nfa);
  const accept = state(nfa);
  for (const alternative of parsed.alternatives) {
    // A pattern matches anywhere in the string unless anchored: `abc` is `.*abc.*` over every unit.
    const elements = [...alternative.elements];
    const anchoredStart = elements[0]?.type === 'Assertion' && elements[0].kind === 'start';
    const last = elements.at(-1);
    const anchoredEnd = last?.type === 'Assertion' && last.kind === 'end';
    if (anchoredStart) elements.shift();
    if (anchoredEnd) elements.pop();
    let [from, to] = sequence(nfa, elements);
    if (!anchoredStart) from = prepend(nfa, anyStar(nfa), from);
    if (!anchoredEnd) to = append(nfa, to, anyStar(nfa));
    nfa.epsilon[start]!.push(from);
    nfa.epsilon[to]!.push(accept);
  }
  nfa.start = start;
  nfa.accept = accept;
  return nfa;
}

function state(nfa: Nfa): number {
  if (nfa.epsilon.length >= MAX_STATES) throw new Unsupported('too many states');
  nfa.epsilon.push([]);
  nfa.edges.push([]);
  return nfa.epsilon.length - 1;
}

type Fragment = readonly [from: number, to: number];

function anyStar(nfa: Nfa): Fragment {
  const loop = state(nfa);
  nfa.edges[loop]!.push({ ranges: ANY, to: loop });
  return [loop, loop];
}

function prepend(nfa: Nfa, [from, to]: Fragment, next: number): number {
  nfa.epsilon[to]!.push(next);
  return from;
}

function append(nfa: Nfa, end: number, [from, to]: Fragment): number {
  nfa.epsilon[end]!.push(from);
  return to;
}

function sequence(nfa: Nfa, elements: readonly Element[]): Fragment {
  const start = state(nfa);
  let end = start;
  for (const element of elements) {
    const [from, to] = fragment(nfa, element);
    nfa.epsilon[end]!.push(from);
    end = to;
  }
  return [start, end];
}

function alternatives(nfa: Nfa, list: readonly Alternative[]): Fragment {
  const start = state(nfa);
  const end = state(nfa);
  for (const alternative of list) {
    const [from, to] = sequence(nfa, alternative.elements);
    nfa.epsilon[start]!.push(from);
    nfa.epsilon[to]!.push(end);
  }
  return [start, end];
}

function single(nfa: Nfa, ranges: Ranges): Fragment {
  const from = state(nfa);
  const to = state(nfa);
  nfa.edges[from]!.push({ ranges: nfa.ignoreCase ? withOtherCase(ranges) : ranges, to });
  return [from, to];
}

function fragment(nfa: Nfa, element: Element): Fragment {
  switch (element.type) {
    case 'Character':
      return single(nfa, [[element.value, element.value + 1]]);
    case 'CharacterSet':
      return single(nfa, characterSet(element));
    case 'CharacterClass':
      return single(nfa, characterClass(element));
    case 'Group':
    case 'CapturingGroup':
      return alternatives(nfa, element.alternatives);
    case 'Quantifier': {
      const { min, max } = element;
      if (min > 1000 || (max !== Infinity && max > 1000)) throw new Unsupported('quantifier too large');
      const [start, first] = sequence(nfa, []);
      let end = first;
      for (let i = 0; i < min; i++) end = append(nfa, end, fragment(nfa, element.element));
      if (max === Infinity) {
        const [from, to] = fragment(nfa, element.element);
        const loop = state(nfa);
        nfa.epsilon[end]!.push(loop);
        nfa.epsilon[loop]!.push(from);
        nfa.epsilon[to]!.push(loop);
        end = loop;
      } else {
        const optionalEnd = state(nfa);
        for (let i = min; i < max; i++) {
          nfa.epsilon[end]!.push(optionalEnd);
          end = append(nfa, end, fragment(nfa, element.element));
        }
        nfa.epsilon[end]!.push(optionalEnd);
        end = optionalEnd;
      }
      return [start, end];
    }
    default:
      // Assertions other than a leading ^ and a trailing $, back-references, lookarounds.
      throw new Unsupported(element.type);
  }
}

function characterSet(set: CharacterSet): Ranges {
  let ranges: Ranges;
  switch (set.kind) {
    case 'any':
      return complement(LINE_TERMINATORS);
    case 'digit':
      ranges = DIGIT;
      break;
    case 'word':
      ranges = WORD;
      break;
    case 'space':
      ranges = SPACE;
      break;
    default:
      throw new Unsupported(`\\p{…}`);
  }
  return set.negate ? complement(ranges) : ranges;
}

function characterClass(element: CharacterClass): Ranges {
  const ranges = normalise(element.elements.flatMap(classElement));
  return element.negate ? complement(ranges) : ranges;
}

function classElement(element: CharacterClassElement): (readonly [number, number])[] {
  switch (element.type) {
    case 'Character':
      return [[element.value, element.value + 1]];
    case 'CharacterClassRange':
      return [[element.min.value, element.max.value + 1]];
    case 'CharacterSet':
      if (element.kind === 'property') throw new Unsupported('\\p{…}');
      return [...characterSet(element)];
    default:
      throw new Unsupported(element.type);
  }
}

/** `ranges` with the other case of every ASCII letter in them. */
function withOtherCase(ranges: Ranges): Ranges {
  const extra: [number, number][] = [];
  for (const [from, to] of ranges) {
    for (const [low, high, shift] of [
      [0x41, 0x5b, 0x20],
      [0x61, 0x7b, -0x20],
    ] as const) {
      const start = Math.max(from, low);
      const end = Math.min(to, high);
      if (start < end) extra.push([start + shift, end + shift]);
    }
  }
  return normalise([...ranges, ...extra]);
}

function normalise(ranges: readonly (readonly [number, number])[]): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const result: [number, number][] = [];
  for (const [from, to] of sorted) {
    const previous = result.at(-1);
    if (previous !== undefined && from <= previous[1]) previous[1] = Math.max(previous[1], to);
    else result.push([from, to]);
  }
  return result;
}

function complement(ranges: Ranges): Ranges {
  const result: [number, number][] = [];
  let next = 0;
  for (const [from, to] of ranges) {
    if (from > next) result.push([next, from]);
    next = to;
  }
  if (next < UNITS) result.push([next, UNITS]);
  return result;
}

/**
 * Explore both automata together, one input symbol at a time. The symbols are the cells of the
 * coarsest partition of the code units that no edge of either automaton splits; a pair of state
 * sets where `inner` accepts and `outer` does not is a string `inner` accepts and `outer` refuses.
 */
function includes(outer: Nfa, inner: Nfa): boolean {
  const bounds = new Set([0, UNITS]);
  for (const nfa of [outer, inner]) {
    for (const list of nfa.edges)
      for (const { ranges } of list) for (const [from, to] of ranges) bounds.add(from).add(to);
  }
  const cells = [...bounds].sort((a, b) => a - b).slice(0, -1);
  const step = (nfa: Nfa, states: readonly number[], unit: number): number[] => {
    const next = new Set<number>();
    for (const from of states) {
      for (const { ranges, to } of nfa.edges[from]!) {
        if (ranges.some(([low, high]) => unit >= low && unit < high)) next.add(to);
      }
    }
    return closure(nfa, [...next]);
  };
  const queue: [number[], number[]][] = [[closure(inner, [inner.start]), closure(outer, [outer.start])]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const [innerStates, outerStates] = queue.pop()!;
    const key = `${innerStates.join(',')}|${outerStates.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > MAX_PAIRS) throw new Unsupported('too many state pairs');
    if (innerStates.includes(inner.accept) && !outerStates.includes(outer.accept)) return false;
    for (const unit of cells) {
      const nextInner = step(inner, innerStates, unit);
      if (nextInner.length > 0) queue.push([nextInner, step(outer, outerStates, unit)]);
    }
  }
  return true;
}

function closure(nfa: Nfa, states: readonly number[]): number[] {
  const result = new Set(states);
  const stack = [...states];
  while (stack.length > 0) {
    for (const next of nfa.epsilon[stack.pop()!]!) {
      if (!result.has(next)) {
        result.add(next);
        stack.push(next);
      }
    }
  }
  return [...result].sort((a, b) => a - b);
}
