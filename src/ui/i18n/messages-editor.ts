export const editorMessages = { da: {}, en: {} } as const;
