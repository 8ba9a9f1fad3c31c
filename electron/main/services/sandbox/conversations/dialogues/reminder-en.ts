import { agent, user, type DialogueWriter } from './dialogue';

const WINDOWS = [
  'Tuesday or Wednesday between 9 and 11',
  'any weekday after 4 pm',
  'Monday morning or Friday afternoon',
] as const;

/** The English appointment reminder for `{{customer_name}}` at `{{clinic_name}}`. */
export const reminderEn: DialogueWriter = ({ kind, firstMessage, variable, choice }) => {
  const name = variable('customer_name', 'the patient');
  const when = variable('appointment_time', 'the upcoming visit');
  const clinic = variable('clinic_name', 'the clinic');
  switch (kind) {
    case 'success':
      return {
        turns: [
          agent(firstMessage),
          user("Yes, that's fine. I'll be there."),
          agent(`Wonderful, we'll see you on ${when}. Have a great day!`),
          user('Thanks, bye.'),
        ],
        summary: `${name} confirmed they will attend the appointment at ${clinic} on ${when}.`,
        title: 'Attendance confirmed',
        data: { attendance: 'confirmed', preferred_times: null },
      };
    case 'declined':
      return {
        turns: [
          agent(firstMessage),
          user("Actually I need to cancel, I'm sorry."),
          agent("No problem, I've noted that you'd like to cancel. The front desk will follow up."),
        ],
        summary: `${name} wants to cancel the appointment at ${clinic} on ${when}; the front desk will follow up.`,
        title: 'Wants to cancel',
        data: { attendance: 'cancel', preferred_times: null },
      };
    case 'unclear': {
      const windows = choice.pick(WINDOWS);
      return {
        turns: [
          agent(firstMessage),
          user('Could we move it? That day is difficult for me.'),
          agent('Of course. Could you give me two time windows that would suit you?'),
          user(`${windows.charAt(0).toUpperCase()}${windows.slice(1)}.`),
          agent('Thank you, the front desk will confirm a new time with you.'),
        ],
        summary: `${name} asked to reschedule the appointment on ${when}; preferred times: ${windows}.`,
        title: 'Wants to reschedule',
        data: { attendance: 'reschedule', preferred_times: windows },
      };
    }
    case 'voicemail':
      return {
        turns: [
          agent(firstMessage),
          agent(
            `Hi ${name}, this is ${clinic} reminding you of your appointment on ${when}. Please call the clinic back if you need to change it. Thank you!`,
          ),
        ],
        summary: `The call reached voicemail; the assistant left a reminder about the appointment on ${when}.`,
        title: 'Voicemail left',
        data: { attendance: 'unknown', preferred_times: null },
      };
  }
};
