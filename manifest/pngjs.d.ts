// pngjs ships no type declarations and @types/pngjs is not installed; this covers the few calls the manifest code makes.
declare module 'pngjs' {
  interface PNGOptions {
    width?: number;
    height?: number;
    colorType?: 0 | 2 | 4 | 6;
    inputColorType?: 0 | 2 | 4 | 6;
    bitDepth?: 8 | 16;
    inputHasAlpha?: boolean;
  }
  export class PNG {
    constructor(options?: PNGOptions);
    width: number;
    height: number;
    /** RGBA, 4 bytes per pixel, row by row. */
    data: Buffer;
    static sync: {
      read(buffer: Buffer, options?: PNGOptions): PNG;
      write(png: PNG, options?: PNGOptions): Buffer;
    };
  }
}
