/** The extension of Charter Studio project files, with its dot. */
export const PROJECT_EXTENSION = '.charter';
