/**
 * Adversarial inputs for a regular expression, built from its own atoms: the pattern is parsed into a small tree,
 * and every quantified part's body gives a "pump" string, repeated to any length (with the text before it in the
 * pattern as a prefix). Backtracking that grows faster than the input shows up as super-linear time on these.
 */

type Node =
  | { kind: 'chars'; reps: string[] }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number };

/** Characters tried against each class: letters, digits, spaces and the punctuation policies use. */
const ALPHABET = [...'aZe1 .,;:\'’-&()!?/\t\n@#%+*=_<>"[]|$^\\•“”–—é'];

function classReps(source: string, flags: string, extra: string): string[] {
  const re = new RegExp(`^${source}$`, flags.replace(/[gy]/g, ''));
  const pool = [...new Set([...ALPHABET, ...extra])];
  return pool.filter((c) => re.test(c)).slice(0, 3);
}

/** Parses `source` (JS syntax as used in this project) into a Node tree; unknown syntax becomes an empty node. */
export function parsePattern(source: string, flags = ''): Node {
  let i = 0;
  const peek = () => source[i];
  function alternation(): Node {
    const options: Node[] = [sequence()];
    while (peek() === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }
  function sequence(): Node {
    const items: Node[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      let atom = atomAt();
      atom = quantified(atom);
      items.push(atom);
    }
    return { kind: 'seq', items };
  }
  function quantified(atom: Node): Node {
    const c = peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      i += m[0].length - 1;
    } else return atom;
    i++;
    if (peek() === '?') i++; // lazy: the same language
    return quantified({ kind: 'repeat', body: atom, min, max });
  }
  function escapeAt(): Node {
    const start = i;
    i++; // the backslash
    const c = source[i++]!;
    if (c === 'b' || c === 'B') return { kind: 'empty' };
    if (/\d/.test(c)) return { kind: 'empty' }; // a back-reference
    if (c === 'p' || c === 'P') {
      const end = source.indexOf('}', i);
      i = end + 1;
    } else if (c === 'u' && source[i] === '{') i = source.indexOf('}', i) + 1;
    else if (c === 'u') i += 4;
    else if (c === 'x') i += 2;
    else if (c === 'k') i = source.indexOf('>', i) + 1;
    const src = source.slice(start, i);
    return { kind: 'chars', reps: classReps(src, flags, '') };
  }
  function atomAt(): Node {
    const c = peek()!;
    if (c === '\\') return escapeAt();
    if (c === '^' || c === '$') {
      i++;
      return { kind: 'empty' };
    }
    if (c === '.') {
      i++;
      return { kind: 'chars', reps: ['a', ' ', '.'] };
    }
    if (c === '[') {
      const start = i;
      i++;
      if (peek() === '^') i++;
      if (peek() === ']') i++;
      while (i < source.length && peek() !== ']') i += peek() === '\\' ? 2 : 1;
      i++;
      const src = source.slice(start, i);
      return { kind: 'chars', reps: classReps(src, flags, src) };
    }
    if (c === '(') {
      i++;
      let look = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i))) {
        look = true;
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const body = alternation();
      i++; // ')'
      return look ? { kind: 'empty' } : body;
    }
    i++;
    return { kind: 'chars', reps: [c] };
  }
  return alternation();
}

/** A few short strings the node matches (not all: the first ones of each part, combined). */
export function samples(node: Node, limit = 4): string[] {
  switch (node.kind) {
    case 'empty':
      return [''];
    case 'chars':
      return node.reps.length ? node.reps : [''];
    case 'alt':
      return [...new Set(node.options.flatMap((o) => samples(o, 2)))].slice(0, limit * 2);
    case 'repeat': {
      const times = Math.max(1, Math.min(node.min, 3));
      return samples(node.body, limit).map((s) => s.repeat(node.max === 0 ? 0 : times));
    }
    case 'seq': {
      const each = node.items.map((item) => samples(item, limit));
      const out = new Set<string>();
      for (let k = 0; k < limit; k++) out.add(each.map((options) => options[k % options.length]!).join(''));
      return [...out];
    }
  }
}

/** The pump units of a pattern: the body of every repeat that may run twice or more, with and without its prefix. */
export function attackUnits(source: string, flags = '', cap = 12): string[] {
  const units = new Set<string>();
  const visit = (node: Node, prefix: string) => {
    if (node.kind === 'repeat') {
      if (node.max >= 2) {
        for (const pump of samples(node.body, 3)) {
          if (!pump) continue;
          units.add(pump);
          if (prefix) units.add(prefix + pump);
        }
      }
      visit(node.body, '');
    } else if (node.kind === 'alt') node.options.forEach((o) => visit(o, prefix));
    else if (node.kind === 'seq') {
      let before = prefix;
      for (const item of node.items) {
        visit(item, before.slice(-40));
        before += samples(item, 1)[0] ?? '';
      }
    }
  };
  const tree = parsePattern(source, flags);
  visit(tree, '');
  // The whole pattern's own samples too, separated by a space: many matches in a row.
  for (const whole of samples(tree, 3)) if (whole) units.add(`${whole} `);
  return [...units].slice(0, cap);
}

/** `unit` repeated to exactly `length` characters. */
export function pumped(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
