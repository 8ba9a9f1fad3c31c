import { agent, user, type DialogueWriter } from './dialogue';

const FLOORS = [
  { pl: 'Parter, nie trzeba windy.', en: 'ground floor' },
  { pl: 'Trzecie piętro, winda jest.', en: 'third floor, lift available' },
  { pl: 'Czwarte piętro, niestety bez windy.', en: 'fourth floor, no lift' },
] as const;

/** The Polish delivery confirmation for order `{{numer_zamowienia}}`. */
export const deliveryPl: DialogueWriter = ({ kind, firstMessage, variable, choice }) => {
  const name = variable('imie', 'the customer');
  const order = variable('numer_zamowienia', '—');
  const window = variable('okno_dostawy', 'jutro 8:00–12:00');
  switch (kind) {
    case 'success': {
      const floor = choice.pick(FLOORS);
      return {
        turns: [
          agent(firstMessage),
          agent(`Planujemy dostawę w oknie ${window}. Czy ktoś będzie wtedy w domu?`),
          user('Tak, będę w domu.'),
          agent('Świetnie. Na którym piętrze mieszkają Państwo i czy jest winda?'),
          user(floor.pl),
          agent(
            `Dziękuję, potwierdzam dostawę zamówienia ${order} w oknie ${window}. Do widzenia!`,
          ),
        ],
        summary: `${name} confirmed delivery of order ${order} in the window ${window} (${floor.en}).`,
        title: 'Delivery confirmed',
        data: {},
      };
    }
    case 'declined':
      return {
        turns: [
          agent(firstMessage),
          agent(`Planujemy dostawę w oknie ${window}. Czy ktoś będzie wtedy w domu?`),
          user('W tym terminie mnie nie będzie. Wolałbym w piątek.'),
          agent('Zanotowałem piątek, dział logistyki oddzwoni, żeby ustalić godzinę. Dziękuję!'),
        ],
        summary: `${name} cannot accept the delivery of order ${order} in the planned window and prefers Friday; logistics will call back.`,
        title: 'Delivery window does not fit',
        data: {},
      };
    case 'unclear':
      return {
        turns: [
          agent(firstMessage),
          agent(`Planujemy dostawę w oknie ${window}. Czy ktoś będzie wtedy w domu?`),
          user('Nie wiem jeszcze, muszę sprawdzić grafik. Proszę zadzwonić jutro.'),
          agent('Dobrze, zadzwonimy jutro. Do usłyszenia!'),
        ],
        summary: `${name} was not sure about the delivery window for order ${order} and asked to be called again tomorrow.`,
        title: 'Undecided',
        data: {},
      };
    case 'voicemail':
      return {
        turns: [
          agent(firstMessage),
          agent(
            `Dzwonimy w sprawie dostawy zamówienia ${order} planowanej w oknie ${window}. Prosimy o kontakt ze sklepem Meble Nowak.`,
          ),
        ],
        summary: `The call reached voicemail; the assistant left a message about the delivery of order ${order}.`,
        title: 'Voicemail left',
        data: {},
      };
  }
};
