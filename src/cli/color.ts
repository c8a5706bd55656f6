// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org).
import { styleText } from 'node:util';

export type Paint = (style: Parameters<typeof styleText>[0], text: string) => string;

export const colorEnabled = (env: NodeJS.ProcessEnv, isTTY: boolean | undefined) => Boolean(isTTY) && !env.NO_COLOR;

// We decide ourselves (see colorEnabled), so styleText must not second-guess the stream.
export const painter = (enabled: boolean): Paint =>
  enabled ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
