import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';
import { jsonl, records } from './records.js';

// Renders the HTML report in headless Chromium when it is installed (apt-get install chromium);
// machines without it skip this test. The page must render offline, with no network at all.
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find(
  (name) => spawnSync('which', [name], { encoding: 'utf8' }).status === 0,
);

describe('HTML report in a browser', () => {
  it.skipIf(!chromium)(
    'when the report is opened in headless Chromium then it renders to a full-page screenshot',
    async () => {
      const dir = testdir({ 'in.jsonl': jsonl(records(200), true) });
      const r = await runCli([
        'batch',
        join(dir, 'in.jsonl'),
        '--out',
        join(dir, 'out.jsonl'),
        '--label',
        'status',
        '--report',
        join(dir, 'report.html'),
        '--quiet',
      ]);
      expect(r.code).toBe(0);
      const png = join(dir, 'report.png');
      const shot = spawnSync(
        chromium!,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          `--screenshot=${png}`,
          '--window-size=1200,1600',
          `file://${join(dir, 'report.html')}`,
        ],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(shot.status, shot.stderr).toBe(0);
      expect(existsSync(png)).toBe(true);
      const bytes = readFileSync(png);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      // A blank page compresses to a few kilobytes; charts and text make it much larger.
      expect(statSync(png).size).toBeGreaterThan(50_000);
    },
    90_000,
  );
});
