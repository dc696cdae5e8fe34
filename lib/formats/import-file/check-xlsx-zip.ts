import { createInflateRaw } from 'node:zlib';
import { ImportFileError } from '../../domain/import/file-error';
import { MAX_XLSX_PARTS, MAX_XLSX_RATIO, MAX_XLSX_UNPACKED_BYTES } from '../../domain/import/limits';

const MB = (n: number) => `${Math.ceil(n / 1024 / 1024).toLocaleString('nl-BE')} MB`;
const DAMAGED = 'Dit Excel-bestand is beschadigd en kan niet gelezen worden. Bewaar het opnieuw als Excel-werkmap (.xlsx) of als ‘CSV UTF-8’.';

interface ZipPart {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  localHeader: number;
}

/**
 * Checks what an .xlsx (a zip) unpacks to before anything unpacks it: the sizes its central
 * directory declares (at most 50 MB in all, at most 200 times each part's packed size), and
 * then, part by part and without keeping the output, that no part unpacks to more than it
 * declared. A file that lies about its sizes, or a zip bomb, is refused with a Dutch message
 * before exceljs loads it.
 */
export async function checkXlsxZip(bytes: Uint8Array): Promise<void> {
  const parts = readCentralDirectory(bytes);
  let total = 0;
  for (const part of parts) {
    total += part.unpacked;
    if (total > MAX_XLSX_UNPACKED_BYTES) {
      throw new ImportFileError(
        `Dit Excel-bestand pakt uit tot meer dan ${MB(MAX_XLSX_UNPACKED_BYTES)}; zoveel wordt niet ingelezen. Bewaar alleen het blad met de gegevens, of bewaar het als ‘CSV UTF-8’.`,
      );
    }
    if (part.unpacked > 1024 * 1024 && part.unpacked > part.packed * MAX_XLSX_RATIO) {
      throw new ImportFileError(
        `Dit Excel-bestand bevat een deel (${part.name.slice(0, 80)}) dat uitpakt tot ${MB(part.unpacked)} uit ${Math.ceil(part.packed / 1024)} kB: zo’n bestand wordt niet ingelezen. Bewaar het opnieuw als Excel-werkmap (.xlsx) of als ‘CSV UTF-8’.`,
      );
    }
  }
  for (const part of parts) {
    const data = partData(bytes, part);
    if (part.method === 0) {
      if (part.packed !== part.unpacked) throw new ImportFileError(DAMAGED);
    } else if (part.method === 8) {
      if ((await inflatedSize(data, part.unpacked)) > part.unpacked) throw new ImportFileError(DAMAGED);
    } else {
      throw new ImportFileError(DAMAGED);
    }
  }
}

function readCentralDirectory(bytes: Uint8Array): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ImportFileError(DAMAGED);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  // ZIP64 markers: only files far above our 5 MB need them.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ImportFileError(DAMAGED);
  if (count > MAX_XLSX_PARTS)
    throw new ImportFileError(`Dit Excel-bestand bestaat uit ${count} delen; zo’n bestand wordt niet ingelezen. Bewaar het als ‘CSV UTF-8’.`);
  if (offset + size > end) throw new ImportFileError(DAMAGED);
  const parts: ZipPart[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) throw new ImportFileError(DAMAGED);
    const nameLength = view.getUint16(at + 28, true);
    const part: ZipPart = {
      method: view.getUint16(at + 10, true),
      packed: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (part.packed === 0xffffffff || part.unpacked === 0xffffffff || part.localHeader === 0xffffffff) throw new ImportFileError(DAMAGED);
    parts.push(part);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return parts;
}

function partData(bytes: Uint8Array, part: ZipPart): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ImportFileError(DAMAGED);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + part.packed > bytes.length) throw new ImportFileError(DAMAGED);
  return bytes.subarray(start, start + part.packed);
}

/** How many bytes `data` inflates to, counted without keeping them; stops once past `limit`. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    let settled = false;
    const settle = (n: number) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(n);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) settle(total);
    });
    inflate.on('end', () => settle(total));
    // Corrupt data: refused as larger than declared, i.e. damaged.
    inflate.on('error', () => settle(Number.POSITIVE_INFINITY));
    inflate.end(data);
  });
}
