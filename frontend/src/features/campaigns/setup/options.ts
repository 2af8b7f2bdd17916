// Choices and suggestions of the setup steps. Seniorities are the prospector's names (it refuses
// others); the industries and countries first in their lists are those of the demo directory.

export const WEEK_DAYS = [
  { value: 'MONDAY', label: 'Mon', long: 'Monday' },
  { value: 'TUESDAY', label: 'Tue', long: 'Tuesday' },
  { value: 'WEDNESDAY', label: 'Wed', long: 'Wednesday' },
  { value: 'THURSDAY', label: 'Thu', long: 'Thursday' },
  { value: 'FRIDAY', label: 'Fri', long: 'Friday' },
  { value: 'SATURDAY', label: 'Sat', long: 'Saturday' },
  { value: 'SUNDAY', label: 'Sun', long: 'Sunday' },
] as const;

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

export function dayLabel(day: string): string {
  return WEEK_DAYS.find((d) => d.value === day)?.label ?? day;
}

/** Days in week order, written short: "Mon–Fri" for the working week. */
export function describeDays(days: readonly string[]): string {
  const ordered = WEEK_DAYS.filter((d) => days.includes(d.value));
  if (ordered.length === 0) return 'no day';
  if (ordered.length === 5 && WEEKDAYS.every((d) => days.includes(d))) return 'Mon–Fri';
  if (ordered.length === 7) return 'every day';
  return ordered.map((d) => d.label).join(', ');
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export const SENIORITIES = [
  { value: 'C_LEVEL', label: 'C-level' },
  { value: 'VP', label: 'VP' },
  { value: 'DIRECTOR', label: 'Director' },
  { value: 'HEAD', label: 'Head of' },
  { value: 'MANAGER', label: 'Manager' },
  { value: 'INDIVIDUAL_CONTRIBUTOR', label: 'Individual contributor' },
];

export function seniorityLabel(value: string): string {
  return SENIORITIES.find((s) => s.value === value)?.label ?? value;
}

export const TITLE_SUGGESTIONS = [
  'VP Sales',
  'Head of Sales',
  'Director of Sales',
  'Sales Manager',
  'Chief Revenue Officer',
  'VP Marketing',
  'Head of Marketing',
  'Director of Marketing',
  'Chief Marketing Officer',
  'VP Operations',
  'Head of Operations',
  'Chief Operating Officer',
  'Chief Technology Officer',
  'VP Engineering',
  'Chief Financial Officer',
  'Head of People',
];

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000', '10001+'];

export const INDUSTRY_SUGGESTIONS = [
  'Software',
  'Fintech',
  'Logistics',
  'Healthcare',
  'Retail',
  'Manufacturing',
  'Energy',
  'Education',
  'Insurance',
  'Media',
  'Telecommunications',
  'Real estate',
];

export const SECTOR_SUGGESTIONS = INDUSTRY_SUGGESTIONS;

const COUNTRY_CODES = (
  'FR DE GB ES NL US AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DJ DK DM DO DZ EC EE EG EH ER ET FI FJ FK ' +
  'FM FO GA GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM ' +
  'JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
  'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

function regionNames(): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
}

/** ISO 3166-1 alpha-2 codes with their English names; the demo directory's countries first. */
export function countryOptions(): { value: string; label: string }[] {
  const names = regionNames();
  return COUNTRY_CODES.map((code) => ({ value: code, label: `${names?.of(code) ?? code} (${code})` }));
}

export function countryName(code: string): string {
  return regionNames()?.of(code) ?? code;
}

/** The browser's own IANA time zone (the default of a new campaign's availability). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the browser knows, with UTC, and `extra` (a zone saved earlier) if missing. */
export function timeZoneOptions(extra: readonly string[] = []): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set([...zones, 'UTC', ...extra.filter((z) => z)]);
  return [...all].sort((a, b) => a.localeCompare(b));
}

export const MERGE_FIELDS = [
  { field: '{{firstName}}', label: 'First name' },
  { field: '{{lastName}}', label: 'Last name' },
  { field: '{{title}}', label: 'Job title' },
  { field: '{{companyName}}', label: 'Company' },
  { field: '{{senderName}}', label: 'Your name' },
  { field: '{{meetingLink}}', label: 'Scheduler link' },
] as const;
