// Telephony providers take numbers only in E.164: a plus, a country code and at most 15
// digits, nothing else. The app normalises what people type; the sandbox checks it did.
const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(value: string): boolean {
  return E164.test(value);
}

export function invalidE164Message(value: string): string {
  return `Invalid phone number '${value}': expected E.164 format, e.g. +48600100200`;
}
