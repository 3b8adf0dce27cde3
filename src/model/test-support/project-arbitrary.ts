import fc from 'fast-check';
import { IsoDate } from '../../formalities/iso-date';
import { Project } from '../project';
import { arbitraryFromSchema } from './arbitrary-from-schema';

/** Days that exist, as `YYYY-MM-DD`: a random string almost never is one. */
const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Any project the model accepts, as parsing gives it (defaults present). */
export const projectArbitrary = arbitraryFromSchema(Project, new Map([[IsoDate, isoDate]]));
