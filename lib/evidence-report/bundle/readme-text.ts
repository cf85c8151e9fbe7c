// README.txt of a bundle: how an auditor checks it with standard tools, no CertQA needed.
import { CHECKSUMS_PATH, EVIDENCE_CSV_PATH, INPUTS_PATH, MANIFEST_PATH, PDF_PATH } from './bundle-paths';

export function buildReadmeText(input: { subjectLabel: string; generatedAt: Date; generatedBy: string; inputsSha256: string }): string {
  return [
    `CertQA evidence bundle: ${input.subjectLabel}`,
    `Generated ${input.generatedAt.toISOString()} by ${input.generatedBy}.`,
    '',
    'What is in it',
    ...[
      [PDF_PATH, 'the evidence report (its footer names the manifest hash below)'],
      [INPUTS_PATH, 'the manifest of inputs: everything the report follows from, as canonical JSON'],
      ['figures/<slug>.json', "each certificate's figures, as the JSON API gives them (without the time of computation)"],
      ['evidence/...', 'every piece of evidence: the uploaded file, a link as its URL text, frozen figures as JSON'],
      [EVIDENCE_CSV_PATH, 'the evidence list (condition, item, title, dates, SHA-256, file in this bundle)'],
      [MANIFEST_PATH, "the inputs, the SHA-256 and size of every file here, the PDF's hash, the generation time"],
      [CHECKSUMS_PATH, 'the SHA-256 of every file except manifest.json, in the format of sha256sum'],
    ].map(([path, what]) => `  ${(path ?? '').padEnd(21)}${what}`),
    '',
    'How to check it',
    '  1. Nothing was changed since it was made (Linux; on macOS use "shasum -a 256 -c"):',
    `       sha256sum -c ${CHECKSUMS_PATH}`,
    `     Windows PowerShell: Get-FileHash -Algorithm SHA256 <file>, compared with the line in ${CHECKSUMS_PATH}.`,
    '  2. The report belongs to these inputs: the hash of inputs.json is the one in every page footer:',
    `       sha256sum ${INPUTS_PATH}      -> ${input.inputsSha256}`,
    '  3. Each evidence file is the one recorded: its SHA-256 (step 1) equals the "sha256" of its entry in',
    "     inputs.json and the SHA-256 printed beside it in the report; each figures file's hash is its",
    '     certificate\'s "figuresSha256" in inputs.json.',
    '  4. The figures are still what the database gives (run where CertQA is installed):',
    '       npm run certqa -- evidence verify <this bundle>.zip',
    '     It recomputes the manifest of inputs from the stored data and names every difference.',
    '',
    'Figures computed from fewer learners or respondents than the minimum group size are withheld and say so.',
    'Spreadsheet note: cells in evidence.csv that begin with = + - or @ start with an apostrophe so that they',
    'are shown as text and never run as formulas.',
    '',
  ].join('\n');
}
