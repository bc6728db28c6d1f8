// The daily report as an A4 PDF: the summary table, then charts drawn by ECharts on the
// server (its SSR renderer writes SVG, no DOM or canvas) and placed as vectors by
// svg-to-pdfkit, in the manifests' CJK font.
import * as echarts from 'echarts';
import SVGtoPDF from 'svg-to-pdfkit';
import { createDocument, type Doc, finish, line } from '../trips/documents/pdf-kit.js';
import { BY_STEPS, type DailyReport } from './daily.service.js';
import { STEP_LABELS, SUMMARY_HEADER } from './daily.xlsx.js';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const CONTENT = A4.width - 2 * MARGIN;
const INK = '#1f2329';
const MUTED = '#646a73';

function style(doc: Doc, weight: 'regular' | 'bold', size: number, color = INK): Doc {
  return doc.font(weight === 'bold' ? 'cjk-bold' : 'cjk').fontSize(size).fillColor(color);
}

function chartSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'cjk' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function drawChart(doc: Doc, svg: string, x: number, y: number, width: number, height: number): void {
  SVGtoPDF(doc, svg, x, y, { width, height, assumePt: true, fontCallback: (_family: string, bold: boolean) => (bold ? 'cjk-bold' : 'cjk') });
}

const pct = (v: number | null) => (v === null ? '' : `${(v * 100).toFixed(1)}%`);

function summaryTable(doc: Doc, report: DailyReport, top: number): number {
  const f = report.figures;
  const widths = [150, 80, 75, 65, 65, CONTENT - 435];
  const rows: string[][] = Object.entries(STEP_LABELS).map(([step, label]) => {
    const s = step as keyof typeof STEP_LABELS;
    return [label, String(f[s]), String(f[`${s}Previous`]), `${f[`${s}Change`] >= 0 ? '+' : ''}${f[`${s}Change`]}`,
      s === 'confirmed' ? String(f.target ?? '—') : '', s === 'confirmed' ? pct(f.progress) : ''];
  });
  rows.push(['脱贫劳动力 priority', String(f.priority), String(f.priorityPrevious), `${f.priority - f.priorityPrevious >= 0 ? '+' : ''}${f.priority - f.priorityPrevious}`, '', pct(f.priorityShare)]);
  const ROW = 20;
  let y = top;
  for (const [index, cells] of [SUMMARY_HEADER, ...rows].entries()) {
    let x = MARGIN;
    if (index === 0) doc.rect(MARGIN, y, CONTENT, ROW).fill('#e8eef7');
    for (const [c, text] of cells.entries()) {
      style(doc, index === 0 ? 'bold' : 'regular', index === 0 ? 7.5 : 9);
      line(doc, text, x + 4, y + 6, widths[c] - 8, { align: c === 0 ? 'left' : 'right' });
      x += widths[c];
    }
    doc.lineWidth(0.5).strokeColor('#c9cdd4').moveTo(MARGIN, y + ROW).lineTo(MARGIN + CONTENT, y + ROW).stroke();
    y += ROW;
  }
  return y;
}

export async function dailyPdf(report: DailyReport): Promise<Buffer> {
  const doc = createDocument({ size: 'A4', info: { Title: `${report.region.name} 劳务输出日报 ${report.date}`, Author: 'menkou' } });
  style(doc, 'bold', 18);
  line(doc, `${report.region.name}劳务输出日报`, MARGIN, MARGIN, CONTENT, { align: 'center' });
  style(doc, 'regular', 9, MUTED);
  line(doc, `${report.campaign.name} · ${report.region.code} · ${report.date}（截至当日 24:00 北京时间）· daily report`, MARGIN, MARGIN + 26, CONTENT, { align: 'center' });
  let y = summaryTable(doc, report, MARGIN + 50) + 18;

  const f = report.figures;
  const steps = Object.keys(STEP_LABELS) as (keyof typeof STEP_LABELS)[];
  const journey = chartSvg({
    title: { text: '旅程各环节（当日与前一日）journey, the day and the day before', textStyle: { fontSize: 12 } },
    legend: { top: 22, data: [report.date, report.previousDate] },
    grid: { left: 56, right: 16, top: 56, bottom: 40 },
    xAxis: { type: 'category', data: steps.map((s) => STEP_LABELS[s].split(' ')[0]) },
    yAxis: { type: 'value' },
    series: [
      { name: report.date, type: 'bar', data: steps.map((s) => f[s]), itemStyle: { color: '#3370ff' }, label: { show: true, position: 'top', fontSize: 9 } },
      { name: report.previousDate, type: 'bar', data: steps.map((s) => f[`${s}Previous`]), itemStyle: { color: '#a8c1ff' } },
    ],
  }, 515, 250);
  drawChart(doc, journey, MARGIN, y, CONTENT, 250);
  y += 262;

  const keys = Object.keys(f.confirmedByDestination).sort((a, b) => f.confirmedByDestination[b] - f.confirmedByDestination[a]).slice(0, 10);
  const byDestination = chartSvg({
    title: { text: '按输入省 by destination province', textStyle: { fontSize: 12 } },
    legend: { top: 22, data: BY_STEPS.map((s) => STEP_LABELS[s].split(' ')[0]) },
    grid: { left: 56, right: 16, top: 56, bottom: 40 },
    xAxis: { type: 'category', data: keys.map((k) => report.names[k] ?? k) },
    yAxis: { type: 'value' },
    series: BY_STEPS.map((s) => ({ name: STEP_LABELS[s].split(' ')[0], type: 'bar', data: keys.map((k) => f[`${s}ByDestination`][k] ?? 0) })),
  }, 515, 250);
  drawChart(doc, byDestination, MARGIN, y, CONTENT, 250);
  y += 262;
  style(doc, 'regular', 8, MUTED);
  line(doc, '填报单位 reporting bureau：' + report.region.name + '　　审核人 checked by：__________　　menkou 生成 generated', MARGIN, Math.min(y, A4.height - MARGIN - 12), CONTENT);
  return finish(doc);
}
