// A worker's boarding pass (乘车凭证), sized for a phone screen: what they need on the
// morning of departure (when, where, which coach and seat, where to) and the code the
// escort scans at the door.
import { createDocument, type Doc, drawQr, finish, line } from './pdf-kit.js';
import { shownId } from './shown-id.js';
import type { BoardingPass } from './manifest.types.js';

const PAGE = { width: 360, height: 640 };
const PAD = 24;
const INNER = PAGE.width - 2 * PAD;
const BAND = '#0d5c63';
const INK = '#111111';
const MUTED = '#6b6b6b';
const RULE = '#d0d4d8';

function style(doc: Doc, weight: 'regular' | 'bold', size: number, color = INK): Doc {
  return doc.font(weight === 'bold' ? 'cjk-bold' : 'cjk').fontSize(size).fillColor(color);
}

/** A bilingual label with its value below, on at most `lines` lines; returns the height used. */
function item(doc: Doc, zh: string, en: string, value: string, x: number, y: number, width: number, size = 13, lines = 2): number {
  line(style(doc, 'regular', 8, MUTED), `${zh} ${en}`, x, y, width);
  style(doc, 'bold', size);
  // pdfkit stops at the first line that would cross `height`, so the height must hold whole lines.
  const options = { width, height: doc.currentLineHeight(true) * lines + 1, ellipsis: true };
  const height = Math.min(options.height, doc.heightOfString(value, { width }));
  doc.text(value, x, y + 12, options);
  return 12 + height;
}

/** One pass on a 360 × 640 pt page. */
export async function renderBoardingPassPdf(pass: BoardingPass): Promise<Buffer> {
  const doc = createDocument({
    size: [PAGE.width, PAGE.height],
    info: { Title: `乘车凭证 Boarding pass ${pass.tripNumber}`, Author: 'menkou' },
  });

  doc.rect(0, 0, PAGE.width, 70).fill(BAND);
  line(style(doc, 'bold', 20, '#ffffff'), '乘车凭证', PAD, 16, 120);
  line(style(doc, 'regular', 11, '#d8eef0'), 'Boarding pass', PAD + 88, 23, 120);
  if (pass.campaign) line(style(doc, 'regular', 8, '#d8eef0'), pass.campaign, PAD, 46, INNER);

  let y = 84;
  line(style(doc, 'bold', 22), pass.name, PAD, y, INNER - 80);
  line(style(doc, 'regular', 8, MUTED), '座位 Seat', PAD + INNER - 80, y - 2, 80, { align: 'right' });
  line(style(doc, 'bold', 30, BAND), String(pass.seat), PAD + INNER - 80, y + 8, 80, { align: 'right' });
  y += 32;
  line(style(doc, 'regular', 10, MUTED), `身份证 ID  ${shownId(pass.idMasked)}`, PAD, y, INNER - 80);
  y += 24;
  doc.lineWidth(0.6).strokeColor(RULE).moveTo(PAD, y).lineTo(PAD + INNER, y).stroke();
  y += 10;

  const half = INNER / 2;
  const left = item(doc, '日期', 'Date', pass.date, PAD, y, half - 8, 13, 1);
  const right = item(doc, '发车时间', 'Departs', pass.departure, PAD + half, y, half, 13, 1);
  y += Math.max(left, right) + 8;
  y += item(doc, '集合地点', 'Gathering point', pass.gatheringPoint, PAD, y, INNER, 12) + 8;
  const coach = pass.plate ? `${pass.tripNumber} · ${pass.plate}` : pass.tripNumber;
  y += item(doc, '车次', 'Coach', coach, PAD, y, INNER, 12) + 8;
  y += item(doc, '用人单位', 'Employer', pass.employer, PAD, y, INNER, 12) + 6;
  y += item(doc, '目的地', 'Destination', pass.destination, PAD, y, INNER, 11, 1) + 6;

  // The code takes whatever height is left above the footer, up to a comfortable size.
  const footer = PAGE.height - 52;
  const qr = Math.max(120, Math.min(220, footer - y - 26));
  drawQr(doc, pass.token, (PAGE.width - qr) / 2, y, qr, { level: 'M', quiet: 3 });
  y += qr;
  line(style(doc, 'regular', 9, INK), '上车时请出示此码和身份证  Show this code and your ID card when boarding', PAD, y, INNER, { align: 'center' });

  doc.lineWidth(0.6).strokeColor(RULE).moveTo(PAD, footer).lineTo(PAD + INNER, footer).stroke();
  const help = pass.escort ? `随车人员 Escort: ${pass.escort.name}  ${pass.escort.phone}` : '如有问题请联系当地人社部门 Questions: your local HR & social security bureau';
  line(style(doc, 'regular', 8.5, MUTED), help, PAD, footer + 10, INNER, { align: 'center' });
  line(style(doc, 'regular', 7.5, MUTED), '门口 menkou · 点对点劳务输出 point-to-point labour export', PAD, footer + 26, INNER, { align: 'center' });

  return finish(doc);
}
