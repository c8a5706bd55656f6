// Text from project files and flags reaches the terminal: its control characters (escape
// sequences, carriage returns, C1 controls) are shown escaped, so output cannot be spoofed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export const printable = (text: string) => text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One line: newlines escaped too, for messages that must stay on theirs. */
export const oneLine = (text: string) => printable(text).replace(/\n/g, '\\n');
