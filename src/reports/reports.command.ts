// `menkou report daily --date D --region R --out F.xlsx|F.pdf [--json]`.
import fs from 'node:fs';
import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { action, withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { splitIsoDate } from '../core/values.js';

export function registerReportCommand(program: Command): void {
  const report = program.command('report').description('报表 / reports');
  report
    .command('daily')
    .description('日报（xlsx 上报格式、含图表的 PDF 或 JSON）/ the daily report (bureau workbook, PDF with charts, or JSON)')
    .requiredOption('--date <YYYY-MM-DD>', '日期（北京时间）/ the day (China time)')
    .option('--region <code>', '地区代码或前缀（默认全部）/ region code or prefix (default: all)')
    .option('--campaign <id>', '活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--out <file>', '输出文件 .xlsx 或 .pdf / output file, .xlsx or .pdf')
    .option('--json', '以 JSON 打印数字 / print the figures as JSON')
    .action(action(async (o: { date: string; region?: string; campaign?: string; out?: string; json?: boolean }) => {
      if (splitIsoDate(o.date) === undefined) throw invalidInput('--date', 'date', { zh: '日期格式为 YYYY-MM-DD，且须为真实日期', en: 'the date is YYYY-MM-DD and a real day' });
      if (o.region !== undefined && !/^\d{1,6}$/.test(o.region)) throw invalidInput('--region', 'region', { zh: '地区代码为 1–6 位数字', en: 'a region code is 1–6 digits' });
      if (o.out !== undefined && !/\.(xlsx|pdf)$/i.test(o.out)) throw invalidInput('--out', 'out', { zh: '输出文件须为 .xlsx 或 .pdf', en: 'the output file is .xlsx or .pdf' });
      if (o.out === undefined && !o.json) throw invalidInput('--out', 'out', { zh: '请给出 --out 文件或 --json', en: 'give --out FILE or --json' });
      const { dailyJson, dailyReport } = await import('./daily.service.js');
      const result = await withContext((ctx) => dailyReport(ctx, cliActor(), { date: o.date, region: o.region, campaignId: o.campaign }));
      if (o.out) {
        const bytes = /\.pdf$/i.test(o.out)
          ? await (await import('./daily.pdf.js')).dailyPdf(result)
          : await (await import('./daily.xlsx.js')).dailyWorkbook(result);
        fs.writeFileSync(o.out, bytes);
        if (!o.json) process.stdout.write(`${o.out}: ${result.region.name} ${result.date} · 确认 confirmed ${result.figures.confirmed} · 到岗 arrived ${result.figures.arrived}\n`);
      }
      if (o.json) process.stdout.write(`${JSON.stringify(dailyJson(result))}\n`);
    }));
}
