import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Real readers of our exports: what LibreOffice, poppler and Python see, not what we wrote. */

/** LibreOffice's conversion of `path` (`--convert-to` takes `target`) into `outDir`, in a profile of its own. */
export function convertWithLibreOffice(path: string, target: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'charter-lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        target,
        '--outdir',
        outDir,
        path,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function libreOfficeText(docxPath: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'charter-lo-'));
  try {
    convertWithLibreOffice(docxPath, 'txt:Text (encoded):UTF8', outDir);
    return readFileSync(join(outDir, basename(docxPath).replace(/\.docx$/, '.txt')), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * The PDF's text as pdftotext reads it, without the soft hyphens it writes out wherever the
 * hyphenated PDF may break a word: the words as a reader sees them.
 */
export function pdfText(pdfPath: string): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  return text.replace(/\u00ad/g, '');
}

export function pdfInfo(pdfPath: string): string {
  return execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
}

/** The pictures of a PDF as poppler's pdfimages lists them: their size in pixels. */
export function pdfImages(pdfPath: string): { width: number; height: number }[] {
  const listing = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' });
  // Two header lines, then: page num type width height …
  return listing
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const [, , , width, height] = line.trim().split(/\s+/);
      return { width: Number(width), height: Number(height) };
    });
}

/** Python's csv module (RFC 4180, the BOM read as Excel does), printing the rows as JSON. */
export function pythonCsv(csvPath: string): string[][] {
  const script =
    'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))';
  return JSON.parse(
    execFileSync('python3', ['-c', script, csvPath], { encoding: 'utf8' }),
  ) as string[][];
}

/** Python's yaml (a YAML 1.1 reader), printing the document back as JSON. */
export function pythonYaml(yamlPath: string): unknown {
  const json = execFileSync(
    'python3',
    [
      '-c',
      'import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), ensure_ascii=False))',
      yamlPath,
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(json);
}

export function validateWithJsonSchema(yamlPath: string, schemaPath: string): void {
  execFileSync(
    'python3',
    [
      '-c',
      'import json,sys,yaml,jsonschema; jsonschema.validate(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), json.load(open(sys.argv[2])))',
      yamlPath,
      schemaPath,
    ],
    { stdio: 'pipe' },
  );
}
