/**
 * `--format junit`: JUnit XML for CI systems that show test reports. One `<testsuite>` per file;
 * one `<testcase>` per finding, failing with the finding's message (its `type` is the severity);
 * a file without findings has one passing test case, a skipped file one skipped test case.
 */
import type { Formatter, Report } from './report';

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = (report: Report) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const file of report.files) {
    if (file.error) continue;
    const path = escapeXml(file.path);
    const cases: string[] = [];
    if (file.skipped) {
      cases.push(`    <testcase name="visionlint" classname="${path}">\n      <skipped message="${escapeXml(file.skipped)}"/>\n    </testcase>`);
    } else if (file.findings.length === 0) {
      cases.push(`    <testcase name="visionlint" classname="${path}"/>`);
    } else {
      for (const f of file.findings) {
        const where = `${file.path}:${f.line}:${f.column}`;
        cases.push(
          `    <testcase name="${escapeXml(`${f.ruleId} at ${f.line}:${f.column}`)}" classname="${path}">\n` +
            `      <failure message="${escapeXml(f.message)}" type="${f.severity}">${escapeXml(`${where} ${f.severity} ${f.message} (${f.ruleId})`)}</failure>\n` +
            '    </testcase>',
        );
      }
    }
    const fileFailures = file.findings.length;
    const fileSkipped = file.skipped ? 1 : 0;
    tests += cases.length;
    failures += fileFailures;
    skipped += fileSkipped;
    const score = file.score !== null ? `\n    <properties>\n      <property name="score" value="${file.score}"/>\n      <property name="kind" value="${file.kind}"/>\n    </properties>` : '';
    suites.push(
      `  <testsuite name="${path}" tests="${cases.length}" failures="${fileFailures}" errors="0" skipped="${fileSkipped}">${score}\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="visionlint" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
