/** Charter project files end in `.charter` (extension given without the dot, as dialogs want). */
export const PROJECT_EXTENSION = 'charter';
