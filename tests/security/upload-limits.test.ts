import { describe, expect, it } from 'vitest';
import { checkXlsxZip } from '@/lib/formats/import-file/check-xlsx-zip';
import { MAX_IMPORT_BYTES } from '@/lib/domain/import/limits';
import { readBoundedBody } from '@/lib/edge/read-bounded-body';
import { readImportFile } from '@/lib/formats/import-file/read-file';
import { uploadedFile } from '@/lib/edge/job-stream';
import { toXlsx } from '@/lib/formats/xlsx';
import { zipBomb } from './zip-builder';

// Issue 15, item 1 (the parts that need no server; upload-memory.spec.ts measures the server).
const GiB = 1024 * 1024 * 1024;

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => null, (e: Error & { userMessage?: string }) => e);
  expect(error, 'refused').not.toBeNull();
  return error!.userMessage ?? error!.message;
}

/** A body of `total` bytes that is produced only as it is read; `pulled()` says how much was. */
function lazyBody(total: number) {
  let produced = 0;
  const chunk = new Uint8Array(64 * 1024);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= total) return controller.close();
      produced += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => produced };
}

describe('an uploaded body is read up to its limit and no further', () => {
  it('stops a 300 MB body after the limit, whatever its length header says', async () => {
    const body = lazyBody(300 * 1024 * 1024);
    const request = new Request('http://localhost/api/import', { method: 'POST', body: body.stream, duplex: 'half' } as RequestInit);
    expect(await readBoundedBody(request, MAX_IMPORT_BYTES)).toBeNull();
    expect(body.pulled()).toBeLessThan(MAX_IMPORT_BYTES + 1024 * 1024);
  });

  it('refuses a chunked upload without a length in Dutch, having read little of it', async () => {
    const body = lazyBody(300 * 1024 * 1024);
    const request = new Request('http://localhost/api/import', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: body.stream, duplex: 'half' } as RequestInit);
    expect(await refusal(uploadedFile(request))).toMatch(/^Het bestand is groter dan 5 MB en wordt niet ingelezen\./);
    expect(body.pulled()).toBeLessThan(MAX_IMPORT_BYTES + 1024 * 1024);
  });

  it('reads an upload within the limit', async () => {
    const form = new FormData();
    form.append('bestand', new File(['Soort actor;Betrokkenheid\nCAW;kern\n'], 'lijst.csv'));
    const file = await uploadedFile(new Request('http://localhost/api/import', { method: 'POST', body: form }));
    expect(file.name).toBe('lijst.csv');
    expect(new TextDecoder().decode(file.bytes)).toContain('CAW;kern');
  });
});

describe('an .xlsx is checked before it is unpacked', () => {
  it('refuses 1 GiB of zeros in a 1 MB file within a second', async () => {
    const bomb = await zipBomb(GiB);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = performance.now();
    const message = await refusal(readImportFile('bom.xlsx', bomb));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(message).toMatch(/^Dit Excel-bestand pakt uit tot meer dan 50 MB/);
  });

  it('refuses a file that declares less than it holds, after unpacking only what it declared', async () => {
    const liar = await zipBomb(GiB, 100 * 1024);
    const started = performance.now();
    const message = await refusal(checkXlsxZip(liar));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(message).toMatch(/^Dit Excel-bestand is beschadigd/);
  });

  it('refuses a part that packs far better than any sheet does', async () => {
    const dense = await zipBomb(20 * 1024 * 1024);
    expect(await refusal(checkXlsxZip(dense))).toMatch(/uitpakt tot 20 MB uit \d+ kB/);
  });

  it('still reads the workbooks Netwerkkaart itself exports', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`Actor ${i}`, 'CAW', i % 2 ? 'kernpartner' : 'minimaal']);
    const bytes = new Uint8Array(await toXlsx([{ name: 'Kaart', header: ['Actor', 'Soort actor', 'Betrokkenheid'], rows }]));
    await checkXlsxZip(bytes);
    const sheet = await readImportFile('kaart.xlsx', bytes);
    expect(sheet.rows).toHaveLength(2001);
  });
});
