/**
 * The studies each warning rule rests on, cited in the engine and in the "why am I seeing this"
 * of the screens. Only details that were checked are given: a missing DOI or page range was not
 * left out by accident.
 */

export interface Source {
  authors: readonly string[];
  year: number;
  title: string;
  /** The journal, or the publisher of a book. */
  publishedIn: string;
  volume?: string;
  pages?: string;
  doi?: string;
}

export const sources = {
  'bordin-1979': {
    authors: ['Bordin, E. S.'],
    year: 1979,
    title: 'The generalizability of the psychoanalytic concept of the working alliance',
    publishedIn: 'Psychotherapy: Theory, Research & Practice',
    volume: '16(3)',
    pages: '252–260',
    doi: '10.1037/h0085885',
  },
  'stiles-2004': {
    authors: [
      'Stiles, W. B.',
      'Glick, M. J.',
      'Osatuke, K.',
      'Hardy, G. E.',
      'Shapiro, D. A.',
      'Agnew-Davies, R.',
      'Rees, A.',
      'Barkham, M.',
    ],
    year: 2004,
    title:
      'Patterns of alliance development and the rupture-repair hypothesis: Are productive relationships U-shaped or V-shaped?',
    publishedIn: 'Journal of Counseling Psychology',
    volume: '51(1)',
    pages: '81–92',
  },
  'gumz-2012': {
    authors: ['Gumz, A.', 'Brähler, E.', 'Geyer, M.', 'Erices, R.'],
    year: 2012,
    title:
      'Crisis-repair sequences – considerations on the classification and assessment of breaches in the therapeutic relationship',
    publishedIn: 'BMC Medical Research Methodology',
    volume: '12',
    pages: '10',
    doi: '10.1186/1471-2288-12-10',
  },
  'mclaughlin-2014': {
    authors: ['McLaughlin, A. A.', 'Keller, S. M.', 'Feeny, N. C.', 'Youngstrom, E. A.', 'Zoellner, L. A.'],
    year: 2014,
    title:
      'Patterns of therapeutic alliance: Rupture–repair episodes in prolonged exposure for posttraumatic stress disorder',
    publishedIn: 'Journal of Consulting and Clinical Psychology',
    volume: '82(1)',
    pages: '112–121',
    doi: '10.1037/a0034696',
  },
  'tryon-2007': {
    authors: ['Tryon, G. S.', 'Blackwell, S. C.', 'Hammel, E. F.'],
    year: 2007,
    title: 'A meta-analytic examination of client–therapist perspectives of the working alliance',
    publishedIn: 'Psychotherapy Research',
    volume: '17(6)',
    pages: '629–642',
  },
  'robbins-2003': {
    authors: ['Robbins, M. S.', 'Turner, C. W.', 'Alexander, J. F.', 'Perez, G. A.'],
    year: 2003,
    title:
      'Alliance and dropout in family therapy for adolescents with behavior problems: Individual and systemic effects',
    publishedIn: 'Journal of Family Psychology',
    volume: '17(4)',
    pages: '534–544',
  },
  'friedlander-2006': {
    authors: ['Friedlander, M. L.', 'Escudero, V.', 'Heatherington, L.'],
    year: 2006,
    title: 'Therapeutic alliances in couple and family therapy: An empirically informed guide to practice',
    publishedIn: 'American Psychological Association',
  },
  'hawley-2005': {
    authors: ['Hawley, K. M.', 'Weisz, J. R.'],
    year: 2005,
    title:
      'Youth versus parent working alliance in usual clinical care: Distinctive associations with retention, satisfaction, and treatment outcome',
    publishedIn: 'Journal of Clinical Child and Adolescent Psychology',
    volume: '34(1)',
    pages: '117–128',
  },
  'sharf-2010': {
    authors: ['Sharf, J.', 'Primavera, L. H.', 'Diener, M. J.'],
    year: 2010,
    title: 'Dropout and therapeutic alliance: A meta-analysis of adult individual psychotherapy',
    publishedIn: 'Psychotherapy: Theory, Research, Practice, Training',
    volume: '47(4)',
    pages: '637–645',
    doi: '10.1037/a0021175',
  },
  'safran-2000': {
    authors: ['Safran, J. D.', 'Muran, J. C.'],
    year: 2000,
    title: 'Negotiating the therapeutic alliance: A relational treatment guide',
    publishedIn: 'Guilford Press',
  },
  'safran-2011': {
    authors: ['Safran, J. D.', 'Muran, J. C.', 'Eubanks-Carter, C.'],
    year: 2011,
    title: 'Repairing alliance ruptures',
    publishedIn: 'Psychotherapy',
    volume: '48(1)',
    pages: '80–87',
    doi: '10.1037/a0022140',
  },
  'eubanks-2019': {
    authors: ['Eubanks, C. F.', 'Lubitz, J.', 'Muran, J. C.', 'Safran, J. D.'],
    year: 2019,
    title: 'Rupture Resolution Rating System (3RS): Development and validation',
    publishedIn: 'Psychotherapy Research',
    volume: '29(3)',
    pages: '306–319',
    doi: '10.1080/10503307.2018.1552034',
  },
  'aspland-2008': {
    authors: ['Aspland, H.', 'Llewelyn, S.', 'Hardy, G. E.', 'Barkham, M.', 'Stiles, W.'],
    year: 2008,
    title: 'Alliance ruptures and rupture resolution in cognitive–behavior therapy: A preliminary task analysis',
    publishedIn: 'Psychotherapy Research',
    volume: '18(6)',
    pages: '699–710',
    doi: '10.1080/10503300802291463',
  },
  'escudero-2012': {
    authors: ['Escudero, V.', 'Boogmans, E.', 'Loots, G.', 'Friedlander, M. L.'],
    year: 2012,
    title: 'Alliance rupture and repair in conjoint family therapy: An exploratory study',
    publishedIn: 'Psychotherapy',
    volume: '49(1)',
    pages: '26–37',
    doi: '10.1037/a0026747',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as SourceId[];
