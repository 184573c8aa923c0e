/**
 * The case file as a printable page: self-contained (no scripts, nothing fetched), what the user
 * typed escaped, and, where Chromium is installed, rendered and printed to A4 with its text intact.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileHtml, sessionRecord } from '../../src/cli/case-record.js';
import { assess } from '../../src/core/engine.js';
import { loadSet } from '../../src/io/load-set.js';
import { newSession } from '../../src/io/session.js';
import { buildReport } from '../../src/report/report.js';
import { runCli, testdir } from '../helpers/cli.js';

const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find(
  (name) => spawnSync('which', [name], { encoding: 'utf8' }).status === 0,
);
const EXAMPLE = join(import.meta.dirname, '../../indicators/examples/adult-fishing-crew.yaml');

function page(note: string): string {
  const { set, compiled } = loadSet('nhrck-2016', process.cwd());
  const s = newSession({
    set: 'nhrck-2016',
    lang: 'en',
    caseCode: 'H-1',
    now: new Date('2026-12-01T00:00:00Z'),
  });
  s.facts = { age: 40, foreignNational: 'yes' };
  s.answers = { 'nhrck16.act.recruitment': 'yes' };
  s.notes = { 'nhrck16.act.recruitment': note };
  return caseFileHtml(buildReport(assess(compiled, s), set, 'en'), { set, compiled }, sessionRecord(s));
}

const browser = (args: string[]) =>
  spawnSync(
    chromium!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      ...args,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );

describe('the case file as a page', () => {
  it('when the page is written then it has no scripts, loads nothing and escapes what was typed', () => {
    const html = page('<img src=x onerror=alert(1)> & "quoted"');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    const typed = '&#60;img src=x onerror=alert(1)&#62; &#38; &#34;quoted&#34;';
    expect(html).toContain(typed);
    expect(html.replace(typed, '')).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
    expect(html).toContain('@page { size: A4;');
  });

  it('when score is asked for html then it writes the case file page, 0600', async () => {
    const dir = testdir({});
    const out = join(dir, 'case.html');
    const r = await runCli(['score', EXAMPLE, '--format', 'html', '--lang', 'ko', '--out', out]);
    expect(r.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ko">/);
    expect(html).toContain('<h2>질문과 답변</h2>');
  });

  it.skipIf(!chromium)(
    'when the page is opened in headless Chromium then it renders, keeps its text and prints on A4',
    () => {
      const dir = testdir({});
      const file = join(dir, 'case.html');
      const r = spawnSync(
        process.execPath,
        ['bin/tip-screen.js', 'score', EXAMPLE, '--format', 'html', '--lang', 'ko', '--out', file],
        {
          encoding: 'utf8',
        },
      );
      expect(r.status, r.stderr).toBe(0);
      const profile = ['--user-data-dir=' + join(dir, 'profile')];
      const dom = browser([...profile, '--dump-dom', `file://${file}`]);
      expect(dom.status, dom.stderr).toBe(0);
      for (const text of [
        '인신매매 피해자 선별 기록',
        '읽어 준 요약',
        '질문과 답변',
        '선별자 서명',
        '경찰 긴급신고',
      ])
        expect(dom.stdout).toContain(text);

      const png = join(dir, 'case.png');
      const shot = browser([...profile, `--screenshot=${png}`, '--window-size=794,1123', `file://${file}`]);
      expect(shot.status, shot.stderr).toBe(0);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
      // A blank page compresses to a few kilobytes; headings, tables and Korean text make it larger.
      expect(statSync(png).size).toBeGreaterThan(50_000);

      const pdf = join(dir, 'case.pdf');
      const printed = browser([
        ...profile,
        `--print-to-pdf=${pdf}`,
        '--no-pdf-header-footer',
        `file://${file}`,
      ]);
      expect(printed.status, printed.stderr).toBe(0);
      expect(existsSync(pdf)).toBe(true);
      const bytes = readFileSync(pdf).toString('latin1');
      // A4 is 595 × 842 points; every page has that box.
      const boxes = [...bytes.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      expect(boxes.length).toBeGreaterThanOrEqual(2);
      for (const [, w, h] of boxes) {
        expect(Math.round(Number(w))).toBe(595);
        expect(Math.round(Number(h))).toBe(842);
      }
    },
    120_000,
  );
});
