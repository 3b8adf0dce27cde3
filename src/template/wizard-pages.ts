import type { Language } from '../model/language';
import { localeEntry, templateLocale, type Template } from './template';
import type { WizardPage, WizardQuestion } from './wizard-types';

/** The template's questions in one language, page by page, as the wizard and the CLI show them. */
export function wizardPages(template: Template, language: Language): WizardPage[] {
  const locale = templateLocale(template, language);
  return template.pages.map((page) => {
    const pageStrings = localeEntry(locale.pages, page.id, 'page');
    return {
      id: page.id,
      title: pageStrings.title,
      ...(pageStrings.description === undefined ? {} : { description: pageStrings.description }),
      ...(page.owner === undefined ? {} : { owner: page.owner }),
      questions: page.questions.map((question): WizardQuestion => {
        const strings = localeEntry(locale.questions, question.id, 'question');
        const { options, ...rules } = question;
        return {
          ...rules,
          label: strings.label,
          ...(strings.help === undefined ? {} : { help: strings.help }),
          ...(options === undefined
            ? {}
            : {
                options: options.map((value) => ({
                  value,
                  label: localeEntry(strings.options ?? {}, value, 'option'),
                })),
              }),
        };
      }),
    };
  });
}
