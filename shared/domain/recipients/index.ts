// The recipient model: stored (as typed) and valid (as sent) shapes, normalisation,
// validation with plain-English issues, duplicate detection and field metadata for the UI.
// Pure code: runs in Node, the Electron main process, the renderer and Web Workers.

export * from './calendar-dates';
export * from './call-windows';
export * from './countries';
export * from './duplicate-phone-numbers';
export * from './languages';
export * from './normalize-recipient';
export * from './phone-numbers';
export * from './recipient-fields';
export * from './recipient-issues';
export * from './recipient-schema';
export * from './time-zones';
export * from './to-recipient';
export { validateRecipient, type RecipientValidationContext } from './validate-recipient';
export * from './validate-recipients';
