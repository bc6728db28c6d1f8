// Files a command writes (--out, --errors): the format follows the extension or the
// command refuses it, and a folder that is missing or read-only is found before any work
// is done, in one bilingual line, rather than as a stack trace after a long import.
import fs from 'node:fs';
import path from 'node:path';
import { domainError, type DomainError, invalidInput } from '../core/errors.js';

export type OpenedFile = { fd: number; stream: fs.WriteStream };

function extensionOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase();
}

/**
 * The format of an output file, from its extension; refuses any other extension, and a
 * folder that does not exist or cannot be written to.
 */
export function outputFormat<F extends string>(file: string, option: string, formats: readonly F[]): F {
  const extension = extensionOf(file);
  const format = formats.find((f) => f === extension);
  const list = formats.map((f) => `.${f}`).join(' / ');
  if (!format) {
    throw invalidInput(option, 'file', {
      zh: `不支持的文件类型“${path.basename(file).slice(0, 100)}”：请用 ${list}`,
      en: `unsupported file type "${path.basename(file).slice(0, 100)}": use ${list}`,
    });
  }
  checkWritableFolder(path.dirname(path.resolve(file)), option);
  return format;
}

export function checkWritableFolder(folder: string, option: string): void {
  try {
    if (!fs.statSync(folder).isDirectory()) throw new Error('not a folder');
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw cannotWrite(folder, option);
  }
}

export function cannotWrite(file: string, option: string, reason?: unknown): DomainError {
  const detail = reason instanceof Error && 'code' in reason ? ` (${String((reason as NodeJS.ErrnoException).code)})` : '';
  return domainError({
    code: 'bad_file',
    record: option,
    zh: `无法写入 ${file}：文件夹不存在或没有写权限${detail}`,
    en: `cannot write ${file}: the folder does not exist or is not writable${detail}`,
  });
}

/**
 * Opens a file for writing readable by its owner alone (mode 600), also when it existed
 * before with wider permissions: for files that hold personal data in full.
 */
export function openPrivateFile(file: string, option: string): OpenedFile {
  let fd: number;
  try {
    fd = fs.openSync(file, 'w', 0o600);
    fs.fchmodSync(fd, 0o600);
  } catch (error) {
    throw cannotWrite(file, option, error);
  }
  return { fd, stream: fs.createWriteStream('', { fd }) };
}

/** Writes a whole buffer, turning a file-system failure into the bilingual line. */
export function writeOutputFile(file: string, option: string, body: Buffer | string, mode?: number): void {
  try {
    fs.writeFileSync(file, body, mode === undefined ? undefined : { mode });
  } catch (error) {
    throw cannotWrite(file, option, error);
  }
}
