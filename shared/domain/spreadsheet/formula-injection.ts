// Spreadsheet apps run a cell that starts with =, +, - or @ as a formula (and tab or carriage
// return can hide such a start), so a name like "=HYPERLINK(…)" typed into a web form could act
// when someone opens an exported file. Exports put an apostrophe in front of such cells, the
// usual neutralisation (OWASP "CSV injection"); imports take exactly that apostrophe away again
// so a file exported by Callsheet imports back to the same values.
import { E164_SHAPE } from '../recipients/phone-numbers';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function needsNeutralising(value: string): boolean {
  // Digits after a plus can't express a formula that does anything, so valid-looking E.164
  // numbers stay readable and dialable: "+48600700800", not "'+48600700800". A value that
  // already looks neutralised gets a second apostrophe, so the import's removal of one gives it
  // back unchanged.
  return (FORMULA_START.test(value) && !E164_SHAPE.test(value)) || NEUTRALISED.test(value);
}

export function neutraliseFormula(value: string): string {
  return needsNeutralising(value) ? `'${value}` : value;
}

/** The cell as it was before an export neutralised it; any other cell is left alone. */
export function restoreNeutralisedCell(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
