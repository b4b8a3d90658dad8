// The sizes `export.image` makes (part of the command's contract: the dialog, the API and postMessage
// all name them), and the longest title it takes.
export const IMAGE_PRESETS = ['screen', '1920x1080', 'a4-300dpi'] as const;
export type ImagePreset = (typeof IMAGE_PRESETS)[number];
export const MAX_IMAGE_TITLE = 200;
