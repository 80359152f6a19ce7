// Sums the <Counters> of every .trx file under a folder and prints, as its last line, "N passed, N failed".
//   node trx-summary.mjs <results-folder> <dotnet-test-exit-code>
// Errors, timeouts and aborted tests count as failed. Exit code 0 only when nothing failed.
import fs from 'node:fs';
import path from 'node:path';

const [folder, exitCodeText = '0'] = process.argv.slice(2);
const dotnetExitCode = Number(exitCodeText);

const findTrx = (dir) => {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findTrx(full);
    return entry.name.toLowerCase().endsWith('.trx') ? [full] : [];
  });
};

const attribute = (tag, name) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? match[1] : undefined;
};
const count = (tag, name) => Number(attribute(tag, name) ?? 0) || 0;

const files = findTrx(folder);
if (files.length === 0) {
  console.log(`No test results (.trx) were written to ${folder}: the tests did not run (dotnet test exit code ${dotnetExitCode}).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
for (const file of files.sort()) {
  const xml = fs.readFileSync(file, 'utf8');
  const counters = /<Counters\b[^>]*>/.exec(xml)?.[0];
  // TestMethod codeBase keeps the assembly's case (UnitTest storage is lower-cased); a run without tests has neither.
  const assembly = /<TestMethod\b[^>]*\scodeBase="([^"]*)"/.exec(xml)?.[1];
  const project = assembly ? path.basename(assembly).replace(/\.dll$/i, '') : `${path.basename(file)} (no tests)`;
  const outcome = attribute(/<ResultSummary\b[^>]*>/.exec(xml)?.[0] ?? '', 'outcome') ?? 'unknown';
  if (!counters) {
    console.log(`  ${project}: no <Counters> in ${path.basename(file)} (counted as 1 failed)`);
    failed += 1;
    continue;
  }
  const filePassed = count(counters, 'passed');
  let fileFailed = count(counters, 'failed') + count(counters, 'error') + count(counters, 'timeout') + count(counters, 'aborted');
  let note = '';
  if (fileFailed === 0 && /^(Failed|Error|Aborted|Timeout)$/i.test(outcome)) {
    fileFailed = 1; // e.g. the test host crashed: the run failed although no single test did
    note = ` (run outcome ${outcome}: counted as 1 failed)`;
  }
  console.log(`  ${project}: ${count(counters, 'total')} tests, ${filePassed} passed, ${fileFailed} failed${note}`);
  passed += filePassed;
  failed += fileFailed;
}

if (dotnetExitCode !== 0 && failed === 0) {
  console.log(`dotnet test exited with code ${dotnetExitCode} although no test failed (counted as 1 failed).`);
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
