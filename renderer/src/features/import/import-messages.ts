import { useTranslation } from 'react-i18next';
import {
  describeTarget,
  type ColumnTarget,
  type MappedColumn,
  type MappingProblem,
  type RowIssue,
  type SpreadsheetProblem,
  type SpreadsheetWarning,
} from '../../../../shared/domain/spreadsheet';
import { useFormat } from '../../i18n/format';
import { useIssueWords } from '../recipients/issue-text';
import { variableLabel } from '../recipients/variable-names';

// The import logic explains itself in English, naming the exact value or row. English shows
// those sentences as they are; other languages say the same by code, with the parts the
// result carries (rows, column headings, names).

/** Rows listed by number in a warning; the rest are summed up as "and more". */
const ROWS_NAMED = 3;

/** Texts for what the spreadsheet logic reports, in the UI language. */
export function useImportMessages() {
  const { t, i18n } = useTranslation(['import', 'recipients']);
  const issueWords = useIssueWords();
  const format = useFormat();
  const english = i18n.resolvedLanguage === 'en';

  const quotedHeaders = (mapping: readonly MappedColumn[], columns: readonly number[]) =>
    format.list(
      columns.map((index) => t('columns.quoted', { name: mapping[index]?.header ?? '' })),
    );

  const targetName = (target: ColumnTarget): string => {
    const parts = describeTarget(target);
    switch (parts.kind) {
      case 'field':
        return t(`recipients:fields.${parts.path}.label`);
      case 'custom_field':
        return t('mapping.customFieldTarget', { name: parts.key });
      case 'variable':
        return t('mapping.variableTarget', { name: variableLabel(parts.name) });
      case 'ignore':
        return t('columns.ignore');
    }
  };

  const namedRows = (rows: readonly number[]) => {
    const named = format.list(rows.slice(0, ROWS_NAMED).map((row) => format.number(row)));
    return rows.length > ROWS_NAMED ? t('warnings.andMore', { rows: named }) : named;
  };

  return {
    problem(problem: SpreadsheetProblem): string {
      if (english) return problem.message;
      const { code, row } = problem;
      if (code === 'unbalanced_quotes' || code === 'row_too_long') {
        return row === undefined ? t(`problems.${code}_noRow`) : t(`problems.${code}`, { row });
      }
      return t(`problems.${code}`);
    },

    warning(warning: SpreadsheetWarning): string {
      if (english) return warning.message;
      const { code, rows = [] } = warning;
      if (code === 'stray_quote' || code === 'ragged_rows') {
        return t(`warnings.${code}`, { count: rows.length, rows: namedRows(rows) });
      }
      return t(`warnings.${code}`);
    },

    mapping(problem: MappingProblem, mapping: readonly MappedColumn[]): string {
      if (english) return problem.message;
      const columns = quotedHeaders(mapping, problem.columns);
      const first = mapping[problem.columns[0] ?? -1]?.target ?? 'ignore';
      const parts = describeTarget(first);
      const name = parts.kind === 'variable' ? parts.name : '';
      switch (problem.code) {
        case 'phone_unmapped':
          return t('mapping.phone_unmapped');
        case 'target_repeated':
          return t('mapping.target_repeated', { columns, target: targetName(first) });
        case 'custom_field_name_empty':
          return t('mapping.custom_field_name_empty', { columns });
        case 'variable_name_reserved':
          return t('mapping.variable_name_reserved', { name, columns });
        case 'variable_name_unusable':
          return t('mapping.variable_name_unusable', { name });
        case 'variable_unmapped':
          return t('mapping.variable_unmapped');
      }
    },

    issue: (issue: RowIssue): string => issueWords.issue(issue),
  };
}
