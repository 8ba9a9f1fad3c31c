import type { FixtureLanguage } from '../../fixtures/agent-builder';
import {
  agent,
  user,
  type AnsweredKind,
  type Dialogue,
  type DialogueWriter,
  type Turn,
} from './dialogue';

type Lines = Record<AnsweredKind, readonly Turn[]>;

const LINES: Record<FixtureLanguage, Lines> = {
  pl: {
    success: [
      user('Dzień dobry. Tak, wszystko się zgadza, dziękuję za informację.'),
      agent('Dziękuję za potwierdzenie. Miłego dnia!'),
    ],
    declined: [
      user('Nie, dziękuję, nie jestem zainteresowany.'),
      agent('Rozumiem. Dziękuję za rozmowę, do widzenia!'),
    ],
    unclear: [
      user('Teraz nie mogę rozmawiać, proszę zadzwonić później.'),
      agent('Oczywiście, zadzwonimy później. Do usłyszenia!'),
    ],
    voicemail: [agent('Prosimy o kontakt zwrotny. Dziękujemy i życzymy miłego dnia!')],
  },
  it: {
    success: [
      user('Buongiorno. Sì, va benissimo, grazie per la chiamata.'),
      agent('Grazie a lei per la conferma. Buona giornata!'),
    ],
    declined: [
      user('No, grazie, non mi interessa.'),
      agent('Capisco. Grazie per il suo tempo, arrivederci!'),
    ],
    unclear: [
      user('Adesso non posso parlare, può richiamare più tardi?'),
      agent('Certo, la richiameremo più tardi. Arrivederci!'),
    ],
    voicemail: [agent('La preghiamo di richiamarci. Grazie e buona giornata!')],
  },
  en: {
    success: [
      user("Hi. Yes, that's all fine, thanks for letting me know."),
      agent('Thank you for confirming. Have a great day!'),
    ],
    declined: [
      user("No thanks, I'm not interested."),
      agent('I understand. Thank you for your time, goodbye!'),
    ],
    unclear: [
      user("I can't talk right now, could you call back later?"),
      agent("Of course, we'll call you back later. Goodbye!"),
    ],
    voicemail: [agent('Please give us a call back. Thank you and have a great day!')],
  },
};

const SUMMARIES: Record<AnsweredKind, (purpose: string) => Pick<Dialogue, 'summary' | 'title'>> = {
  success: (purpose) => ({
    summary: `The customer listened to the call about "${purpose}" and confirmed.`,
    title: 'Confirmed',
  }),
  declined: (purpose) => ({
    summary: `The customer was not interested in the call about "${purpose}".`,
    title: 'Not interested',
  }),
  unclear: (purpose) => ({
    summary: `The customer could not talk about "${purpose}" and asked to be called back later.`,
    title: 'Call back later',
  }),
  voicemail: (purpose) => ({
    summary: `The call about "${purpose}" reached voicemail; the assistant left a message.`,
    title: 'Voicemail left',
  }),
};

/** Any other agent: a short exchange in its language. */
export function genericDialogue(language: FixtureLanguage): DialogueWriter {
  return ({ kind, firstMessage, agentName }) => ({
    turns: [agent(firstMessage), ...LINES[language][kind]],
    ...SUMMARIES[kind](agentName),
    data: {},
  });
}
