// The names of the streams and storages inside an OLE2 compound file ([MS-CFB]), for telling a
// Word, Excel or PowerPoint 97–2003 document from the other things stored in that container
// (Windows installers, macro projects). Only the header, the allocation table and the directory
// are read, sector by sector from disk, with every chain bounded so a damaged file cannot loop.
import { open } from 'node:fs/promises';

export const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const HEADER_BYTES = 512;
const DIRECTORY_ENTRY_BYTES = 128;
const HEADER_DIFAT_ENTRIES = 109;
/** Sector numbers at and above this value mark free, end-of-chain, FAT and DIFAT sectors. */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;

export class Ole2ReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Ole2ReadError';
  }
}

export async function readOle2EntryNames(path: string): Promise<string[]> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const readAt = async (offset: number, length: number): Promise<Buffer> => {
      if (offset < 0 || offset + length > size) throw new Ole2ReadError('a damaged OLE2 compound file (a sector lies beyond the end of the file)');
      const buffer = Buffer.alloc(length);
      await file.read(buffer, 0, length, offset);
      return buffer;
    };

    const header = await readAt(0, HEADER_BYTES);
    if (!header.subarray(0, 8).equals(OLE2_SIGNATURE)) throw new Ole2ReadError('not an OLE2 compound file');
    const sectorShift = header.readUInt16LE(30);
    if (sectorShift !== 9 && sectorShift !== 12) throw new Ole2ReadError('a damaged OLE2 compound file (unknown sector size)');
    const sectorSize = 1 << sectorShift;
    const sectorCount = Math.ceil(size / sectorSize);
    const readSector = (sector: number) => {
      if (sector >= MAX_REGULAR_SECTOR || sector >= sectorCount) throw new Ole2ReadError('a damaged OLE2 compound file (a chain points outside the file)');
      return readAt((sector + 1) * sectorSize, sectorSize);
    };

    // The allocation table's own sectors: 109 listed in the header, the rest in a DIFAT chain.
    const fatSectorCount = header.readUInt32LE(44);
    if (fatSectorCount > sectorCount) throw new Ole2ReadError('a damaged OLE2 compound file (allocation table larger than the file)');
    const fatSectors: number[] = [];
    for (let index = 0; index < Math.min(fatSectorCount, HEADER_DIFAT_ENTRIES); index += 1) fatSectors.push(header.readUInt32LE(76 + index * 4));
    let difatSector = header.readUInt32LE(68);
    for (let hops = 0; fatSectors.length < fatSectorCount; hops += 1) {
      if (hops > sectorCount) throw new Ole2ReadError('a damaged OLE2 compound file (the DIFAT chain loops)');
      const sector = await readSector(difatSector);
      const perSector = sectorSize / 4 - 1;
      for (let index = 0; index < perSector && fatSectors.length < fatSectorCount; index += 1) fatSectors.push(sector.readUInt32LE(index * 4));
      difatSector = sector.readUInt32LE(perSector * 4);
    }
    const fat: number[] = [];
    for (const sector of fatSectors) {
      const buffer = await readSector(sector);
      for (let offset = 0; offset < sectorSize; offset += 4) fat.push(buffer.readUInt32LE(offset));
    }

    const names: string[] = [];
    let directorySector = header.readUInt32LE(48);
    for (let hops = 0; directorySector !== END_OF_CHAIN; hops += 1) {
      if (hops > sectorCount) throw new Ole2ReadError('a damaged OLE2 compound file (the directory chain loops)');
      const buffer = await readSector(directorySector);
      for (let offset = 0; offset < sectorSize; offset += DIRECTORY_ENTRY_BYTES) {
        const type = buffer.readUInt8(offset + 66);
        const nameBytes = buffer.readUInt16LE(offset + 64);
        // Type 0 is an unused slot; a name is UTF-16LE with its terminating NUL counted in the length.
        if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
        names.push(buffer.toString('utf16le', offset, offset + nameBytes - 2));
      }
      const next = fat[directorySector];
      if (next === undefined) throw new Ole2ReadError('a damaged OLE2 compound file (the directory chain leaves the allocation table)');
      directorySector = next;
    }
    return names;
  } finally {
    await file.close();
  }
}
