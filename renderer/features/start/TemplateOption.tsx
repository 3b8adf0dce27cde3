import type { TemplateSummary } from '../../../src/template/wizard-types';
import { useI18n } from '../../i18n/use-i18n';
import { localizedText } from './localized-text';

interface TemplateOptionProps {
  template: TemplateSummary;
  checked: boolean;
  onChoose(): void;
}

/** One template as a selectable card; the radio inside keeps it a real form control. */
export function TemplateOption({ template, checked, onChoose }: TemplateOptionProps) {
  const { t, language } = useI18n();
  const languages = template.languages.map((code) => t(`language.${code}.native`)).join(', ');
  const titleId = `template-${template.id}-title`;
  const descriptionId = `template-${template.id}-description`;
  return (
    <label className="option-card" data-checked={checked || undefined}>
      <input
        type="radio"
        name="template"
        className="option-card__input"
        value={template.id}
        checked={checked}
        onChange={onChoose}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      />
      <span className="option-card__body">
        <span id={titleId} className="option-card__title">
          {localizedText(template.title, language)}
        </span>
        <span id={descriptionId} className="option-card__description">
          {localizedText(template.description, language)}
        </span>
        <span className="option-card__meta">
          {t('start.template.meta', { version: template.version, languages })}
        </span>
      </span>
    </label>
  );
}
