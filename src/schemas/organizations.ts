// `content/organizations.yaml`: organizations an editor knows by several names
// (`Organisasi Kesehatan Dunia` = `WHO` = `World Health Organization`), as world knowledge.
import { z } from 'zod';

const organization = z.object({
  /** Stable id, lowercase ASCII with hyphens; the entity id is `org:<id>`. */
  id: z.string().regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'expected lowercase ASCII letters, digits and hyphens'),
  /** Display names in English and Indonesian; both are also matched in text. */
  names: z.object({ en: z.string().trim().min(1), id: z.string().trim().min(1) }),
  /** Other names as printed (`WHO`, `Badan Kesehatan Dunia`), matched case-sensitively at word boundaries. */
  aliases: z.array(z.string().trim().min(2, 'expected aliases of at least two characters')).default([]),
  /** ISO 3166-1 alpha-2 country the organization belongs to, when it belongs to one. */
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as GB').optional(),
  /** `media` for news organizations and agencies, which articles credit as their original source. */
  kind: z.enum(['media']).optional(),
});

export const organizationsFile = z
  .object({ organizations: z.array(organization).default([]) })
  .superRefine((value, ctx) => {
    // A name shared by two entries could not say which one a mention means.
    const owners = new Map<string, string>();
    const ids = new Set<string>();
    value.organizations.forEach((entry, index) => {
      if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['organizations', index, 'id'], message: `expected a unique id, "${entry.id}" is used twice` });
      ids.add(entry.id);
      for (const form of new Set([entry.names.en, entry.names.id, ...entry.aliases])) {
        const owner = owners.get(form);
        if (owner !== undefined && owner !== entry.id) {
          ctx.addIssue({ code: 'custom', path: ['organizations', index, 'aliases'], message: `expected "${form}" to name one organization, but "${owner}" uses it too` });
        }
        owners.set(form, entry.id);
      }
    });
  });

export type OrganizationsFile = z.output<typeof organizationsFile>;
export type OrganizationRecord = OrganizationsFile['organizations'][number];
