/** `npm start`: after the build, analyze the bundled sample policy and say how to load the extension. */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, PRACTICE_LIST, toMarkdown } from '../analyzer/index';
import { loadInput } from '../cli/load-input';

const sample = fileURLToPath(new URL('../samples/sample-policy.html', import.meta.url));
const loaded = await loadInput(sample);
const report = analyze(loaded.text, { source: 'samples/sample-policy.html', title: loaded.title });
process.stdout.write(toMarkdown(report) + '\n');

const out = fileURLToPath(new URL('../.output/', import.meta.url));
const builds = existsSync(out) ? readdirSync(out).filter((d) => /-mv[23]$/.test(d)) : [];
console.log(`Checked ${PRACTICE_LIST.length} practices in ${report.wordCount} words.`);
console.log(builds.length ? `Built: ${builds.map((b) => `.output/${b}`).join(', ')}` : 'No build found in .output/: run `npm run build`.');
console.log(`
Load the extension:
  Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked", choose .output/chrome-mv3
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose .output/firefox-mv3/manifest.json
Analyze any file or URL from the command line: npm run --silent analyze -- --format markdown FILE|URL`);
