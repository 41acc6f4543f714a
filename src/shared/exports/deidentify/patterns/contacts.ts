/**
 * E-mail addresses, links and social media handles: addresses spelled out to dodge filters
 * ("jacinta at gmail dot com", "jacinta(at)gmail(dot)com", "jacinta arroba gmail punto com"),
 * links without "http" or "www" ("facebook.com/leiva77", "wa.me/56987654321", "bit.ly/3abc")
 * and handles ("@leiva77", "IG: benja_leiva", "su insta es benja.leiva"). The platform's name
 * stays ("IG: [handle removed]"): a supervisor may need to know where contact happened.
 */
import { anAtSign, anUnwordlikeMark, atWordStart, end, start, type DetailPattern } from './shared';

/** Top-level domains an address or a bare link ends with; "tarde.me dijo" is a missing space, not a link. */
const domainEnds = 'com|net|org|cl|io|ly|ee|gl|gg|edu|gov|gob|info|app|xyz|uk|mx|ar|pe|co|es|us|me';
const bareLinkEnds = 'com|net|org|cl|io|ly|ee|gl|gg|edu|gov|gob|info|app|xyz|uk';
const label = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const pathCharacter = '[^\\s<>()[\\]{}"\']';
const path = `(?:/(?:${pathCharacter}{0,200}[^\\s<>()[\\]{}"'.,;:!?])?)?`;

/** "at", "[at]", "(at)", "{at}", "<at>", "arroba". */
const spelledAt = '(?:\\s{0,6}[[({<]\\s{0,6}(?:at|arroba|@)\\s{0,6}[\\])}>]\\s{0,6}|\\s{1,6}(?:at|arroba)\\s{1,6})';
/** "dot", "[dot]", "(dot)", "punto", or a plain full stop. */
const spelledDot =
  '(?:\\s{0,6}[[({<]\\s{0,6}(?:dot|punto|\\.)\\s{0,6}[\\])}>]\\s{0,6}|\\s{1,6}(?:dot|punto)\\s{1,6}|\\.)';
/** After a spaced " @ " a spaced full stop ("gmail . com") is part of the address too. */
const spacedDot = `(?:${spelledDot}|\\s{0,6}\\.\\s{0,6})`;
const localPart = "(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]{1,64}";
const domainLabel = '[\\p{L}\\p{N}-]{1,63}';

/** Mail providers: "jacinta at gmail", "rosaquiroz1958 en hotmail" need no ".com" to be an address. */
const providers =
  'gmail|hotmail|yahoo|outlook|icloud|protonmail|proton|msn|aol|yandex|live(?=\\s{0,6}(?:\\.|dot|punto))';
/** A local part that cannot be a word: it has a digit, an underscore or a dot inside it, and a letter. */
const unwordlike = '(?=[\\p{L}%+-]{0,63}(?:[\\p{N}_]|\\.[\\p{L}\\p{N}]))(?=[\\p{N}_.%+-]{0,63}\\p{L})';

/** Platforms whose name, with a colon, comes before a handle: "IG: benja_leiva". */
const platforms =
  'ig|insta(?:gram)?|tik\\s?tok|tt|snap(?:chat)?|sc|facebook|fb|twitter|threads|telegram|discord|twitch|youtube|yt|roblox|fortnite|free\\s?fire|minecraft|gamertag|psn|xbox|steam|kick|bereal|usuario|user(?:name)?|handle|cuenta\\s{1,6}de\\s{1,6}(?:ig|insta(?:gram)?|tik\\s?tok|facebook|fb|twitter|snap(?:chat)?)';
/** Letters, digits, "_" and inner dots; a Discord tag may follow ("benja#1234"). */
const handle = '[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?:#\\d{4})?';
/** Words after "IG:" that say there is no handle. */
const noHandle =
  /^(?:no|sin|si|sí|yes|none|n\/a|na|tiene|tenía|tenia|private|privada|privado|cerrada|cerrado|bloqueada|bloqueado|la|el|los|las|un|una|su|sus|his|her|the|not|ninguno|ninguna|desconocido|desconocida|unknown)$/i;

// What the texts must hold for each shape, tested before the costly patterns run. Each starts
// with a character to look for and looks behind from there, which is how a regex scans fast.
/** "http://", "https://" or "www.". */
const aLinkStart = /https?:\/\/|www\./iu;
/** An "@", or "at" or "arroba" as spelled-out addresses write them. */
const anAtWord = /@|arroba|at(?<=[\s[({<]at)(?=[\s\])}>])/iu;
/** A top-level domain after the full stop, "dot" or bracket before it. */
const aDomainEnd = new RegExp(`[\\s.\\])}>](?:${domainEnds})${end}`, 'iu');
/** A mail provider's name. */
const aProvider = new RegExp(providers, 'iu');
/** "correo", "mail", "e-mail". */
const aMailWord = /correo|mail/iu;
/** A bare link's ending: ".com", ".cl". */
const aLinkEnding = new RegExp(`\\.(?:${bareLinkEnds})${end}`, 'iu');
/** A domain with a path: ".me/", ".be/". */
const aDomainPath = /\.[a-z]{2,6}\//iu;
/** A platform's name with a colon or a dash after it: "IG:". */
const aPlatformLabel = new RegExp(`[:-](?<=(?:${platforms})\\s{0,6}[:-])`, 'iu');
/** A platform's name with a space after it: "insta benja_2017". */
const aPlatformWord = new RegExp(`${atWordStart(platforms)}\\s`, 'iu');

export const contactPatterns: readonly DetailPattern[] = [
  {
    kind: 'link',
    pattern: /(?:https?:\/\/|www\.)[^\s<>()[\]{}"']+[^\s<>()[\]{}"'.,;:!?]/giu,
    needs: [aLinkStart],
  },
  // Lengths are bounded (as e-mail addresses are), so a long unbroken run of text cannot make this slow.
  {
    kind: 'email',
    pattern: /[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu,
    needs: [anAtSign],
  },
  {
    kind: 'email',
    // Spelled out: "jacinta at gmail dot com", "jacinta [at] gmail [dot] com", "jacinta arroba gmail punto com".
    pattern: new RegExp(
      `${localPart}(?:${spelledAt}${domainLabel}(?:${spelledDot}${domainLabel}){0,3}${spelledDot}|\\s{0,6}@\\s{0,6}${domainLabel}(?:${spacedDot}${domainLabel}){0,3}${spacedDot})(?:${domainEnds})${end}`,
      'giu',
    ),
    needs: [anAtWord, aDomainEnd],
  },
  {
    kind: 'email',
    // At a provider, with or without its ending: "jacinta at gmail", "jacinta @ hotmail . cl".
    pattern: new RegExp(
      `${localPart}(?:${spelledAt}|\\s{0,6}@\\s{0,6})(?:${providers})(?:${spacedDot}(?:${domainEnds})(?:${spelledDot}(?:${domainEnds}))?)?${end}`,
      'giu',
    ),
    needs: [anAtWord, aProvider],
  },
  {
    kind: 'email',
    // "en" for "at", only after what cannot be a word: "rosaquiroz1958 en hotmail", not "trabaja en outlook".
    pattern: new RegExp(
      `${localPart.replace("(?<![\\p{L}\\p{N}._%+'-])", `(?<![\\p{L}\\p{N}._%+'-])${unwordlike}`)}\\s{1,6}en\\s{1,6}(?:${providers})(?:${spacedDot}(?:${domainEnds})(?:${spelledDot}(?:${domainEnds}))?)?${end}`,
      'giu',
    ),
    needs: [anUnwordlikeMark, aProvider],
  },
  {
    kind: 'email',
    // A local part after "correo", "e-mail": "su correo del trabajo es jmardones89".
    pattern: new RegExp(
      `(?<=${start}(?:correo|e-?mail|mail)(?:\\s{1,6}\\p{L}{1,12}){0,3}(?:\\s{0,6}:|\\s{1,6}(?:es|is|was|era|fue)(?:\\s{0,6}:)?)\\s{1,6})${unwordlike}[\\p{L}\\p{N}_.%+-]{1,63}[\\p{L}\\p{N}_]${end}`,
      'giu',
    ),
    needs: [anUnwordlikeMark, aMailWord],
  },
  {
    kind: 'link',
    // Without "http" or "www": "facebook.com/leiva77", "linktr.ee/x", "mds.gob.cl".
    pattern: new RegExp(`${start}(?=[\\p{N}-]{0,62}\\p{L})(?:${label}\\.){1,4}(?:${bareLinkEnds})${end}${path}`, 'giu'),
    needs: [aLinkEnding],
  },
  {
    kind: 'link',
    // Any domain with a path: "wa.me/56987654321", "t.me/benja", "youtu.be/x1".
    pattern: new RegExp(
      `${start}(?=[\\p{N}-]{0,62}\\p{L})(?:${label}\\.){1,4}[a-z]{2,6}/${pathCharacter}{0,200}[^\\s<>()[\\]{}"'.,;:!?]`,
      'giu',
    ),
    needs: [aDomainPath],
  },
  {
    kind: 'handle',
    // "@leiva77", "insta @benja.leiva"; not "@ 3pm", "l@s niñ@s", nor a time ("@3pm", "@15:30").
    pattern: new RegExp(`(?<![\\p{L}\\p{N}_.@/\\\\-])@${handle}${end}`, 'gu'),
    needs: [anAtSign],
    keep: (match) => /^@\d{1,2}(?:[:.]\d{2})?(?:\s?(?:am|pm|hrs?|h))?$/i.test(match),
  },
  {
    kind: 'handle',
    // "IG: benja_leiva", "tiktok - benja2017".
    pattern: new RegExp(
      `(?<=[:\\s-])(?=[A-Za-z0-9_.]{0,29}[A-Za-z])(?<=${start}(?:${platforms})\\s{0,6}[:-]\\s{0,6})${handle}${end}`,
      'giu',
    ),
    needs: [aPlatformLabel],
    keep: (match) => noHandle.test(match),
  },
  {
    kind: 'handle',
    // "su insta es benja.leiva", "IG benja_2017": without a colon, only what cannot be a word.
    pattern: new RegExp(
      `(?<=\\s)(?=[A-Za-z]{0,29}(?:[\\d_]|\\.[A-Za-z0-9]))(?=[A-Za-z0-9_.]{0,29}[A-Za-z])(?<=${start}(?:${platforms})\\s{1,6}(?:(?:es|is|was|era)\\s{1,6})?)${handle}${end}`,
      'giu',
    ),
    needs: [anUnwordlikeMark, aPlatformWord],
  },
];
