// What a grievance photo may be: a JPEG, PNG, WebP or HEIC image (what phones take and
// messaging apps save), told by its first bytes, never by its name or the type the browser
// claims, so a renamed program is refused. Pure.
import type { Bilingual } from '../core/errors.js';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS = 4;

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic';

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

export function sniffPhoto(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && ascii(bytes, 1, 4) === 'PNG' && bytes[0] === 0x89 && bytes[4] === 0x0d && bytes[5] === 0x0a) return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && ['heic', 'heix', 'mif1', 'msf1', 'heif'].includes(ascii(bytes, 8, 12))) return 'image/heic';
  return null;
}

/** What the first bytes look like, for the refusal: people understand "a program" better than "unknown type". */
function describe(bytes: Uint8Array): Bilingual {
  if (bytes.length >= 2 && bytes[0] === 0x4d && bytes[1] === 0x5a) return { zh: 'Windows 程序（exe）', en: 'a Windows program (exe)' };
  if (bytes.length >= 4 && bytes[0] === 0x7f && ascii(bytes, 1, 4) === 'ELF') return { zh: '程序（ELF）', en: 'a program (ELF)' };
  if (bytes.length >= 4 && ascii(bytes, 0, 4) === '%PDF') return { zh: 'PDF 文档', en: 'a PDF document' };
  if (bytes.length >= 2 && ascii(bytes, 0, 2) === 'PK') return { zh: '压缩包或 Office 文档', en: 'a zip archive or Office document' };
  return { zh: '未知格式', en: 'an unknown format' };
}

export function photoRefusal(name: string, bytes: Uint8Array): Bilingual | null {
  if (bytes.length === 0) return { zh: `照片“${name}”是空文件`, en: `photo "${name}" is empty` };
  if (bytes.length > MAX_PHOTO_BYTES) {
    return { zh: `照片“${name}”超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB`, en: `photo "${name}" is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB` };
  }
  if (sniffPhoto(bytes)) return null;
  const what = describe(bytes);
  return {
    zh: `“${name}”不是照片（内容是${what.zh}），只收 JPEG、PNG、WebP、HEIC 图片`,
    en: `"${name}" is not a photo (its content is ${what.en}); only JPEG, PNG, WebP and HEIC images are taken`,
  };
}
