// Runs Electronegativity over the sources and the build and fails on any finding that is not in
// the reviewed allow-list. The tool itself always exits 0, so its SARIF output is read here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const allowList = JSON.parse(
  readFileSync(path.join(root, 'security/electronegativity-allowlist.json'), 'utf8'),
).allowed;
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const binary = path.join(root, 'node_modules/.bin/electronegativity');
const workDirectory = mkdtempSync(path.join(tmpdir(), 'alianza-scan-'));

function scan(input) {
  const output = path.join(workDirectory, `${path.basename(input)}.sarif`);
  const run = spawnSync(binary, ['-i', input, '-e', electronVersion, '-o', output, '-r', '-v', 'false'], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`electronegativity failed on ${input}: ${run.stderr}`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  return report.runs.flatMap((entry) =>
    entry.results.map((result) => ({
      check: result.ruleId,
      file: result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A',
      line: result.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
      message: result.message.text,
    })),
  );
}

try {
  const inputs = ['src', 'out'].map((folder) => path.join(root, folder));
  const findings = inputs.flatMap((input) =>
    scan(input).map((finding) => ({ ...finding, input: path.basename(input) })),
  );
  // A file may have at most `maxPerFile` findings of an allowed check: a second openExternal
  // added anywhere in the bundled main process must be reviewed, not waved through.
  const seen = new Map();
  const isAllowed = (finding) => {
    const entry = allowList.find((item) => item.check === finding.check && item.files.includes(finding.file));
    if (entry === undefined) return false;
    const key = `${finding.input}/${finding.file}/${finding.check}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return seen.get(key) <= (entry.maxPerFile ?? 1);
  };
  const verdicts = findings.map((finding) => ({ finding, allowed: isAllowed(finding) }));
  const unexpected = verdicts.filter((verdict) => !verdict.allowed);
  for (const { finding, allowed } of verdicts) {
    const mark = allowed ? 'allowed ' : 'FINDING ';
    console.log(`${mark} ${finding.check} ${finding.input}/${finding.file}:${finding.line} ${finding.message}`);
  }
  console.log(`electronegativity: ${findings.length} findings, ${unexpected.length} outside the allow-list`);
  process.exitCode = unexpected.length === 0 ? 0 : 1;
} finally {
  rmSync(workDirectory, { recursive: true, force: true });
}
