import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';

/** What a folder contributes: the kinds of file the analyzer reads. Named files are read whatever their extension. */
export const FOLDER_EXTENSIONS = ['.txt', '.html', '.htm', '.md'];

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** An input the expansion itself rejects (a folder with nothing to read): it gets an error entry like any other. */
export type Rejected = { source: string; error: string };

/** Files under `dir`, depth first, names in code-unit order so every run lists them alike. Symlinked folders are not followed. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries: { name: string; folder: boolean }[] = [];
  for await (const e of await opendir(dir)) {
    if (e.isDirectory()) entries.push({ name: e.name, folder: true });
    else if ((e.isFile() || e.isSymbolicLink()) && FOLDER_EXTENSIONS.includes(extname(e.name).toLowerCase()))
      entries.push({ name: e.name, folder: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.folder) yield* walk(join(dir, e.name));
    else yield join(dir, e.name);
  }
}

async function* expandOne(input: string): AsyncGenerator<string | Rejected> {
  if (isUrl(input)) {
    yield input;
    return;
  }
  const info = await stat(input).catch(() => null);
  if (!info?.isDirectory()) {
    yield input; // a missing file gets its "no such file" entry from the loader
    return;
  }
  let any = false;
  try {
    for await (const file of walk(input)) {
      any = true;
      yield file;
    }
  } catch (err) {
    yield { source: input, error: `could not read folder ${input}: ${(err as Error).message}` };
    return;
  }
  if (!any) yield { source: input, error: `${input} holds no ${FOLDER_EXTENSIONS.join(', ')} file` };
}

/**
 * The inputs in order, lazily, so a list of a million paths is never held in memory: files and URLs as given,
 * folders as their files (recursively), and `-` as the list of paths or URLs on stdin, one a line.
 */
export async function* expandInputs(args: readonly string[], stdin: NodeJS.ReadableStream): AsyncGenerator<string | Rejected> {
  for (const arg of args) {
    if (arg !== '-') {
      yield* expandOne(arg);
      continue;
    }
    for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
      const path = line.trim();
      if (path) yield* expandOne(path);
    }
  }
}
