import { agent, user, type DialogueWriter } from './dialogue';

/** The Italian satisfaction survey for `{{nome}}` about `{{ultimo_acquisto}}`. */
export const surveyIt: DialogueWriter = ({ kind, firstMessage, variable, choice }) => {
  const name = variable('nome', 'Cliente');
  const purchase = variable('ultimo_acquisto', 'il suo ultimo acquisto');
  switch (kind) {
    case 'success': {
      const score = choice.int(7, 10);
      return {
        turns: [
          agent(firstMessage),
          user('Sì, certo, mi dica pure.'),
          agent(`Grazie! Da 1 a 10, quanto è soddisfatto di ${purchase}?`),
          user(`Direi ${score}.`),
          agent('E come valuta la cortesia e la competenza del personale?'),
          user('Molto gentili, mi hanno consigliato bene.'),
          agent('Consiglierebbe Ottica Rossi a un amico o a un familiare?'),
          user('Sì, assolutamente.'),
          agent(`Grazie mille, ${name}, e buona giornata!`),
        ],
        summary: `${name} completed the survey about ${purchase}: rated it ${score}/10, praised the staff and would recommend Ottica Rossi.`,
        title: 'Survey completed',
        data: { voto_soddisfazione: score, consiglierebbe: true },
      };
    }
    case 'declined':
      return {
        turns: [
          agent(firstMessage),
          user('No, guardi, non ho tempo per i sondaggi.'),
          agent('Nessun problema, grazie lo stesso. Buona giornata!'),
        ],
        summary: `${name} declined to take part in the satisfaction survey.`,
        title: 'Survey declined',
        data: { voto_soddisfazione: null, consiglierebbe: null },
      };
    case 'unclear':
      return {
        turns: [
          agent(firstMessage),
          user('Adesso sono in macchina, può richiamare più tardi?'),
          agent('Certo, la richiameremo più tardi. Buona giornata!'),
        ],
        summary: `${name} was driving and asked to be called back later; the survey was not completed.`,
        title: 'Call back later',
        data: { voto_soddisfazione: null, consiglierebbe: null },
      };
    case 'voicemail':
      return {
        turns: [
          agent(firstMessage),
          agent(
            "Buongiorno, sono l'assistente di Ottica Rossi. La richiameremo per un breve sondaggio. Grazie e buona giornata!",
          ),
        ],
        summary: `The call reached ${name}'s voicemail; the assistant left a short message about the survey.`,
        title: 'Voicemail left',
        data: { voto_soddisfazione: null, consiglierebbe: null },
      };
  }
};
