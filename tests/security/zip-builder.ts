import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A part of a zip file: its name, its packed bytes, and what it declares about itself. */
export interface ZipPart {
  name: string;
  method: 0 | 8;
  packed: Buffer;
  crc: number;
  /** What the part declares it unpacks to (a lying file declares less than it holds). */
  declaredSize: number;
}

function storedPart(name: string, text: string): ZipPart {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 0, packed: data, crc: crc32(data), declaredSize: data.length };
}

/**
 * `size` bytes of zeros (a whole number of MiB), packed as one part: 1 GiB packs to about 1 MB,
 * the zip bomb. Made fast by packing one MiB once, ending it with a full flush (so it refers to
 * nothing before it) and repeating it, then a final empty block.
 */
function zerosPart(name: string, size: number): ZipPart {
  const MiB = 1024 * 1024;
  if (size % MiB !== 0) throw new Error('zerosPart: size must be whole MiB');
  const block = Buffer.alloc(MiB);
  const segment = deflateRawSync(block, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const count = size / MiB;
  let crc = 0;
  for (let i = 0; i < count; i++) crc = crc32(block, crc);
  const packed = Buffer.concat([...Array.from({ length: count }, () => segment), deflateRawSync(Buffer.alloc(0))]);
  return { name, method: 8, packed, crc, declaredSize: size };
}

/** The parts as one zip file (no compression of its own, no ZIP64). */
function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.packed.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, part.packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.packed.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + part.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/**
 * An .xlsx-shaped zip whose sheet is `size` bytes of zeros; `declared` is what the sheet says it
 * unpacks to (the true size, or a lie).
 */
export async function zipBomb(size: number, declared: number = size): Promise<Buffer> {
  const sheet = zerosPart('xl/worksheets/sheet1.xml', size);
  return buildZip([storedPart('[Content_Types].xml', CONTENT_TYPES), { ...sheet, declaredSize: declared }]);
}
