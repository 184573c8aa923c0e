/** `tip-screen indicators list|show|validate|schema`: look into and check indicator sets. */
import { Option, type Command } from 'commander';
import type { IndicatorSet, ReferralDef } from '../../core/schema.js';
import { datePrecision } from '../../core/vocabulary.js';
import { EXIT, formatProblem, isUserError, UserError } from '../../base/errors.js';
import { pick, type Lang } from '../../base/i18n.js';
import { loadSet, prepareSets } from '../../io/load-set.js';
import { loadDisplayWidth } from '../../ui/output.js';
import { leanCommand } from '../lean.js';
import { DEFAULT_SET } from '../../core/loaded-set.js';
import { padEnd, wrap } from '../../render/layout.js';
import { translationCompleteness } from '../../io/translations.js';
import type { Ctx } from '../context.js';
import { registerCrosswalk } from './crosswalk.js';
import { ELEMENTS } from '../../core/vocabulary.js';
import { say } from '../../base/catalogue/index.js';

export function registerIndicators(program: Command, ctx: Ctx): void {
  const cmd = program.command('indicators').description('list, show, validate and describe indicator sets');
  registerCrosswalk(cmd, ctx);

  indicatorsList(cmd, ctx);
  indicatorsShow(cmd, ctx);
  indicatorsValidate(cmd, ctx);
  indicatorsI18n(cmd, ctx);
  indicatorsSchema(cmd, ctx);
}

function indicatorsList(cmd: Command, ctx: Ctx): void {
  leanCommand(cmd.command('list'))
    .description('list the indicators, protection items, referrals and rules of a set')
    .option('--set <id|file>', 'indicator set id or file', DEFAULT_SET)
    .option('--json', 'print JSON')
    .action(async (opts: { set: string; json?: boolean }, sub: Command) => {
      await Promise.all([prepareSets([opts.set], ctx.io.cwd), opts.json || loadDisplayWidth()]);
      const { set } = loadSet(opts.set, ctx.io.cwd);
      if (opts.json) ctx.io.stdout.write(JSON.stringify(describeSet(set), null, 2) + '\n');
      else ctx.io.stdout.write(listText(set, ctx.lang(sub), ctx));
    });
}

function indicatorsShow(cmd: Command, ctx: Ctx): void {
  leanCommand(cmd.command('show'))
    .description('show one indicator, fact, protection item, legal note or referral')
    .argument('<id>', 'id as printed by "indicators list"')
    .option('--set <id|file>', 'indicator set id or file', DEFAULT_SET)
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { set: string; json?: boolean }, sub: Command) => {
      await Promise.all([prepareSets([opts.set], ctx.io.cwd), opts.json || loadDisplayWidth()]);
      const { set } = loadSet(opts.set, ctx.io.cwd);
      const sections = ['indicators', 'facts', 'protection', 'legal', 'referrals'] as const;
      for (const section of sections) {
        const item = (set[section] as { id: string }[]).find((x) => x.id === id);
        if (!item) continue;
        if (opts.json) ctx.io.stdout.write(JSON.stringify({ section, ...item }, null, 2) + '\n');
        else ctx.io.stdout.write(showText(section, item, ctx.lang(sub)));
        return;
      }
      throw new UserError('USAGE', (lang) => say(lang).cliErrors.USAGE.noSuchItem(set.id, id));
    });
}

function indicatorsValidate(cmd: Command, ctx: Ctx): void {
  cmd
    .command('validate')
    .description('check indicator set or overlay files; lists every problem as file:line:col')
    .argument('<files...>', 'set or overlay files')
    .action((files: string[], _opts: unknown, c: Command) => {
      const lang = ctx.lang(c);
      const w = say(lang).cliErrors.validate;
      let failed = 0;
      for (const file of files) {
        try {
          const { set } = loadSet(
            file.includes('/') || /\.(ya?ml|json)$/.test(file) ? file : `./${file}`,
            ctx.io.cwd,
          );
          ctx.io.stdout.write(`${w.ok(file, set.id, set.version, set.indicators.length)}\n`);
        } catch (e) {
          if (!isUserError(e)) throw e;
          failed++;
          ctx.io.stderr.write(`${w.bad(file, e.localized?.(lang).message ?? e.message)}\n`);
          for (const p of e.problems) ctx.io.stderr.write(`  ${formatProblem(p, lang)}\n`);
        }
      }
      if (failed)
        throw new UserError(
          'SET_INVALID',
          (lang) => say(lang).cliErrors.SET_INVALID.filesFailed(failed, files.length),
          { exitCode: EXIT.usage },
        );
    });
}

function indicatorsI18n(cmd: Command, ctx: Ctx): void {
  cmd
    .command('i18n')
    .description('report how complete the translations of a set are, per language')
    .option('--set <id|file>', 'indicator set id or file', DEFAULT_SET)
    .option('--json', 'print JSON')
    .action((opts: { set: string; json?: boolean }, c: Command) => {
      const { set } = loadSet(opts.set, ctx.io.cwd);
      const rows = translationCompleteness(set);
      const t = say(ctx.lang(c)).commands.translations;
      if (opts.json) {
        ctx.io.stdout.write(JSON.stringify({ set: set.id, languages: rows }, null, 2) + '\n');
        return;
      }
      for (const r of rows) {
        const pct = Math.round((100 * r.translated) / r.total);
        const review = r.reviewed ? t.reviewed : t.notReviewed;
        ctx.io.stdout.write(
          `${padEnd(r.lang, 4)} ${padEnd(r.name, 12)} ${String(pct).padStart(3)}%  ${r.translated}/${r.total}  ${review}\n`,
        );
        if (r.missing.length)
          ctx.io.stdout.write(
            `     ${t.missing(`${r.missing.slice(0, 8).join(', ')}${r.missing.length > 8 ? ' …' : ''}`)}\n`,
          );
      }
    });
}

function indicatorsSchema(cmd: Command, ctx: Ctx): void {
  cmd
    .command('schema')
    .description('print the set format as JSON Schema (for editor validation and completion)')
    .addOption(new Option('--kind <kind>', 'which file kind').choices(['set', 'overlay']).default('set'))
    .action(async (opts: { kind: 'set' | 'overlay' }) => {
      const { jsonSchema } = await import('./set-json-schema.js');
      ctx.io.stdout.write(JSON.stringify(jsonSchema(opts.kind), null, 2) + '\n');
    });
}

/** The JSON listing: a stable shape for tools and for checking the set's structure. */
export function describeSet(set: IndicatorSet) {
  const count = (f: (i: IndicatorSet['indicators'][number]) => boolean) => set.indicators.filter(f).length;
  return {
    set: {
      id: set.id,
      title: set.title,
      version: set.version,
      framework: set.framework,
      sources: set.sources,
    },
    /** Counts of the source instrument's own items; items the set added are counted apart. */
    counts: {
      identification: count((i) => !i.added),
      act: count((i) => !i.added && i.element === 'act'),
      means: count((i) => !i.added && i.element === 'means'),
      purpose: count((i) => !i.added && i.element === 'purpose'),
      purposeHigh: count((i) => !i.added && i.element === 'purpose' && i.tier === 'high'),
      purposePlausible: count((i) => !i.added && i.element === 'purpose' && i.tier === 'plausible'),
      added: count((i) => i.added),
      protection: set.protection.length,
      official: count((i) => i.wording === 'official'),
      reconstructed: count((i) => i.wording === 'reconstructed'),
    },
    facts: set.facts,
    identification: set.indicators.map((i) => ({
      id: i.id,
      element: i.element,
      tier: i.tier ?? null,
      group: i.group ?? null,
      tags: i.tags,
      source: i.source,
      wording: i.wording,
      /** Which tier an item sits in: the source's own split (official) or reconstructed. */
      tierBasis: i.tier ? set.tiers.basis : null,
      added: i.added,
      question: i.question,
      help: i.help,
      askWhen: i.askWhen ?? null,
    })),
    protection: set.protection.map((p) => ({
      id: p.id,
      category: p.category,
      text: p.text,
      citation: p.citation ?? null,
      source: p.source ?? null,
      wording: p.wording,
    })),
    rules: set.rules,
    tiers: set.tiers,
    legal: set.legal.map((l) => ({ id: l.id, title: l.title, citation: l.citation ?? null })),
    referrals: set.referrals.map((r) => ({
      id: r.id,
      name: r.name,
      contact: r.contact,
      sourceDate: r.sourceDate,
      sourceDatePrecision: datePrecision(r.sourceDate),
      verified: r.verified ?? null,
      /** The day the entry was verified, or null: not the source date. */
      verifiedOn: r.verified?.on ?? null,
      confidence: r.confidence,
    })),
  };
}

function listText(set: IndicatorSet, lang: Lang, ctx: Ctx): string {
  const { chalk, width } = ctx.style();
  const out: string[] = [chalk.bold(`${pick(set.title, lang)} — ${set.id} ${set.version}`)];
  const m = say(lang);
  const { reconstructed, official, tierReconstructed, added: addedNote } = m.listing;
  const tierName = (t: string | null | undefined) => (!t ? '' : (m.listing.tier[t] ?? t));
  for (const el of ELEMENTS) {
    const items = set.indicators.filter((i) => i.element === el);
    const own = items.filter((i) => !i.added).length;
    const extra = items.length - own;
    out.push(
      '',
      chalk.bold(`${m.element[el]} (${own})`) + (extra ? chalk.dim(` + ${extra} ${addedNote}`) : ''),
    );
    for (const i of items) {
      const head = `  ${padEnd(i.id, 40)} ${padEnd(tierName(i.tier), 12)}`;
      const notes = [
        i.wording === 'official' ? official : reconstructed,
        ...(i.tier && set.tiers.basis === 'reconstructed' ? [tierReconstructed] : []),
        ...(i.added ? [addedNote] : []),
      ];
      out.push(head + chalk.dim(notes.join(', ')));
      out.push(...wrap(pick(i.question, lang), width, '      '));
    }
  }
  out.push('', chalk.bold(`${m.headings.protection} (${set.protection.length})`));
  for (const p of set.protection) {
    out.push(`  ${padEnd(p.id, 40)} ${m.listing.category[p.category] ?? p.category}`);
    out.push(...wrap(pick(p.text, lang), width, '      '));
  }
  out.push('', chalk.bold(`${m.headings.referrals} (${set.referrals.length})`));
  for (const r of set.referrals) {
    out.push(`  ${padEnd(r.id, 40)} ${r.contact}`);
    out.push(...wrap(`${pick(r.name, lang)} [${referralDateText(r, lang)}]`, width, '      '));
  }
  out.push('');
  return out.join('\n') + '\n';
}

function referralDateText(r: ReferralDef, lang: Lang): string {
  return say(lang).referralDate({
    sourceDate: r.sourceDate,
    singleSource: r.confidence === 'single-source',
    verified: r.verified ?? null,
  });
}

function showText(section: string, item: Record<string, unknown>, lang: Lang): string {
  const out: string[] = [`${section}: ${String(item.id)}`];
  for (const [key, value] of Object.entries(item)) {
    if (key === 'id') continue;
    if (value && typeof value === 'object' && !Array.isArray(value) && 'en' in value && 'ko' in value) {
      const text = value as Record<string, string>;
      out.push(`  ${key}: ${pick(text, lang)}`);
      const other = lang === 'ko' ? 'en' : 'ko';
      out.push(`  ${' '.repeat(key.length)}  (${other}) ${text[other]}`);
    } else out.push(`  ${key}: ${JSON.stringify(value)}`);
  }
  if (section === 'referrals') out.push(`  ${referralDateText(item as unknown as ReferralDef, lang)}`);
  if (item.wording === 'reconstructed') out.push(say(lang).listing.reconstructedNote);
  return out.join('\n') + '\n';
}
