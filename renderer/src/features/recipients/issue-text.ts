import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countryName,
  CUSTOMER_TYPES,
  PRIORITIES,
  RECIPIENT_FIELDS,
  type RecipientFieldPath,
  type RecipientIssue,
} from '../../../../shared/domain/recipients';

// Validation explains itself in English, quoting the value. English shows those sentences as
// they are; other languages say the same by code, with the parts the issue carries.

const FIELD_PATHS: ReadonlySet<string> = new Set(RECIPIENT_FIELDS.map((field) => field.path));

function isFieldPath(path: string): path is RecipientFieldPath {
  return FIELD_PATHS.has(path);
}

type Ordinal = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export interface RecipientStatus {
  tone: 'ok' | 'warning' | 'error' | 'checking';
  /** A few words for the status column. */
  text: string;
  /** Every problem in full, for a tooltip. */
  detail: string;
}

/** Recipient problems, field names and row statuses in the UI language. */
export interface IssueWords {
  issue(issue: RecipientIssue): string;
  /** 'contact_info.name' → "Name"; 'preferences.best_call_times.1' → "Best call times (2nd)". */
  field(path: string): string;
  /** What the status column says about a row. */
  status(issues: readonly RecipientIssue[] | undefined): RecipientStatus;
}

export function useIssueWords(): IssueWords {
  const { t, i18n } = useTranslation('recipients');
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const english = language === 'en';
    const ordinals = new Intl.PluralRules(language, { type: 'ordinal' });
    const options = new Intl.ListFormat(language, { type: 'disjunction' });

    const field = (path: string): string => {
      if (path === 'id') return t('fields.id');
      if (isFieldPath(path)) return t(`fields.${path}.label`);
      if (path.startsWith('metadata.custom_fields.')) {
        return path.slice('metadata.custom_fields.'.length);
      }
      if (path.startsWith('variables.')) {
        return t('fields.variable', { name: path.slice('variables.'.length) });
      }
      const item = /^(.*)\.(\d+)$/.exec(path);
      const parent = item?.[1];
      if (item && parent !== undefined && isFieldPath(parent)) {
        const n = Number(item[2]) + 1;
        const nth = t(`ordinal.${ordinals.select(n) as Ordinal}`, { n });
        return t('fields.entry', { field: t(`fields.${parent}.label`), nth });
      }
      return path;
    };

    const issue = ({ code, message, params = {} }: RecipientIssue): string => {
      if (english) return message;
      const value = params.value ?? '';
      switch (code) {
        case 'phone_too_short':
        case 'phone_too_long':
        case 'phone_invalid':
          return params.country
            ? t(`issues.inCountry.${code}`, {
                value,
                country: countryName(params.country, language),
              })
            : t(`issues.${code}`, { value });
        case 'time_zone_unknown':
          return params.suggestion
            ? t('issues.time_zone_unknownSuggestion', { value, suggestion: params.suggestion })
            : t('issues.time_zone_unknown', { value });
        case 'call_window_overnight':
          return t('issues.call_window_overnight', {
            value,
            start: params.start ?? '',
            end: params.end ?? '',
          });
        case 'date_format':
          return t('issues.date_format', { value, example: params.example ?? '2025-12-24' });
        case 'priority_unknown':
          return t('issues.priority_unknown', { value, options: options.format(PRIORITIES) });
        case 'customer_type_unknown':
          return t('issues.customer_type_unknown', {
            value,
            options: options.format(CUSTOMER_TYPES),
          });
        case 'duplicate_phone_number': {
          const others = params.others ?? 1;
          const name = params.otherName;
          if (others === 1) {
            return name ? t('issues.duplicate.oneNamed', { name }) : t('issues.duplicate.one');
          }
          return name
            ? t('issues.duplicate.namedMany', { name, count: others - 1, times: others + 1 })
            : t('issues.duplicate.many', { count: others, times: others + 1 });
        }
        default:
          return t(`issues.${code}`, { value });
      }
    };

    const status = (issues: readonly RecipientIssue[] | undefined): RecipientStatus => {
      if (issues === undefined) return { tone: 'checking', text: t('status.checking'), detail: '' };
      if (issues.length === 0) {
        return { tone: 'ok', text: t('status.ready'), detail: t('status.readyDetail') };
      }
      const detail = issues.map(issue).join('\n');
      const errors = issues.filter((each) => each.severity === 'error');
      const first = errors[0] ?? issues[0];
      const more = (errors.length > 0 ? errors.length : issues.length) - 1;
      const name = field(first?.field ?? '').toLocaleLowerCase(language);
      const text =
        errors.length > 0
          ? t('status.fix', { field: name })
          : first?.code === 'duplicate_phone_number'
            ? t('status.duplicate')
            : t('status.check', { field: name });
      const tone = errors.length > 0 ? 'error' : 'warning';
      return { tone, text: more > 0 ? t('status.more', { text, more }) : text, detail };
    };

    return { issue, field, status };
  }, [t, language]);
}
