import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { AnswerValue, type Answers } from '../../model/answers';

/**
 * An answers file (templates/<id>/profiles/*.yaml) read as `charter new --answers` reads it:
 * nested maps are dotted ids, lists and values are answers.
 */
export async function readProfile(path: string): Promise<Answers> {
  return flatten(parse(await readFile(path, 'utf8')) as Record<string, unknown>, '');
}

function flatten(map: Record<string, unknown>, prefix: string): Answers {
  const answers: Answers = {};
  for (const [key, value] of Object.entries(map)) {
    const id = prefix + key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      Object.assign(answers, flatten(value as Record<string, unknown>, `${id}.`));
    } else {
      answers[id] = AnswerValue.parse(value);
    }
  }
  return answers;
}
