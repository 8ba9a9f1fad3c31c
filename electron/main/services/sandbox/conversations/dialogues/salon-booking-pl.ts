import { agent, user, type DialogueWriter } from './dialogue';

const SERVICES = [
  { pl: 'strzyżenie', en: 'a haircut', value: 'strzyżenie' },
  { pl: 'koloryzację', en: 'hair colouring', value: 'koloryzacja' },
  { pl: 'manicure hybrydowy', en: 'a gel manicure', value: 'manicure hybrydowy' },
  { pl: 'zabieg na twarz', en: 'a facial', value: 'zabieg na twarz' },
] as const;

const SLOTS = [
  { pl: 'jutro o 18:00', en: 'tomorrow at 18:00' },
  { pl: 'w czwartek o 10:30', en: 'Thursday at 10:30' },
  { pl: 'w sobotę o 12:00', en: 'Saturday at 12:00' },
  { pl: 'w piątek o 16:15', en: 'Friday at 16:15' },
] as const;

/** The Polish salon agent: books a visit at `{{_place_name_}}`. */
export const salonBookingPl: DialogueWriter = ({ kind, firstMessage, variable, choice }) => {
  const place = variable('_place_name_', 'salon');
  switch (kind) {
    case 'success': {
      const service = choice.pick(SERVICES);
      const first = choice.int(0, SLOTS.length - 1);
      const second = (first + 1 + choice.int(0, SLOTS.length - 2)) % SLOTS.length;
      const offered = [SLOTS[first] ?? SLOTS[0], SLOTS[second] ?? SLOTS[1]] as const;
      const chosen = choice.pick(offered);
      return {
        turns: [
          agent(firstMessage),
          user(`Dzień dobry. Tak, chętnie. Chciałabym się umówić na ${service.pl}.`),
          agent(
            `Oczywiście. Mogę zaproponować ${offered[0].pl} albo ${offered[1].pl}. Który termin Pani odpowiada?`,
          ),
          user(`Wolę ${chosen.pl}.`),
          agent(`Zapisałam: ${service.pl}, ${chosen.pl}, w salonie ${place}. Do zobaczenia!`),
          user('Dziękuję, do widzenia.'),
        ],
        summary: `The assistant of ${place} called the customer, who booked ${service.en} for ${chosen.en}. The appointment was confirmed at the end of the call.`,
        title: `Booked ${service.en}`,
        data: {
          booked_appointment: true,
          preferred_time: chosen.pl,
          service: service.value,
          wants_callback: false,
        },
      };
    }
    case 'declined':
      return {
        turns: [
          agent(firstMessage),
          user('Dzień dobry. Dziękuję, ale nie jestem zainteresowana.'),
          agent('Rozumiem, dziękuję za poświęcony czas. Miłego dnia!'),
        ],
        summary: `The customer was not interested in booking a visit at ${place}; the assistant ended the call politely.`,
        title: 'Not interested',
        data: {
          booked_appointment: false,
          preferred_time: null,
          service: null,
          wants_callback: false,
        },
      };
    case 'unclear':
      return {
        turns: [
          agent(firstMessage),
          user('Przepraszam, jestem teraz w pracy. Może Pani zadzwonić po 17:00?'),
          agent('Oczywiście, oddzwonimy po 17:00. Do usłyszenia!'),
        ],
        summary: `The customer could not talk and asked ${place} to call back after 17:00. No appointment was booked.`,
        title: 'Asked for a call back',
        data: {
          booked_appointment: false,
          preferred_time: 'po 17:00',
          service: null,
          wants_callback: true,
        },
      };
    case 'voicemail':
      return {
        turns: [
          agent(firstMessage),
          agent(
            `Dzień dobry, tu salon ${place}. Dzwonimy w sprawie umówienia wizyty. Prosimy o telefon zwrotny. Dziękujemy!`,
          ),
        ],
        summary: `The call went to voicemail. The assistant left a message asking the customer to call ${place} back to book a visit.`,
        title: 'Voicemail left',
        data: {
          booked_appointment: false,
          preferred_time: null,
          service: null,
          wants_callback: null,
        },
      };
  }
};
